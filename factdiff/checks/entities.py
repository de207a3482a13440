"""Entities: a name in the candidate that the reference does not support, and what it stands for.

A candidate name is supported when the reference names the same thing in any variant (see
analyse.entities). An unsupported name is paired with the name it most likely replaced: a name of
the aligned reference sentences that the candidate's sentence lacks, preferring the same role in
the clause (speaker, agent, ...), then the same order, then similar spelling.

A name the reference does support can still carry the wrong country: 'the Danish Civil Aviation
Authority' where the reference ties the authority only to Norway.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass

import periodictable
from rapidfuzz import fuzz
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from factdiff.analyse import lexical, units
from factdiff.analyse.document import Document
from factdiff.analyse.embed import load_encoder
from factdiff.analyse.entities import EntityMention, supported
from factdiff.analyse.knowledge import countries, fold, lexicon, titles
from factdiff.checks.base import Context
from factdiff.checks.polarity import sentence_pairs
from factdiff.model import Finding, FindingType, Severity

NAME = "entities"
MIN_STEM = 5  # letters two words of one stem share ('canton' / 'cantonal')
CORE_ROLES = {"agent", "speaker"}


def roles(doc: Document, mention: EntityMention) -> set[str]:
    """The roles a mention fills in its document's frames ('speaker' for a claim's source)."""
    out = set()
    for frame in doc.frames:
        if frame.sent != mention.sent:
            continue
        for arg in frame.args:
            if any(m is mention for m in arg.mentions) and not arg.resolved:
                out.add(arg.role)
        if frame.speaker is not None and any(m is mention for m in frame.speaker.mentions):
            out.add("speaker")
    return out


def _in_text(mention: EntityMention, folded_reference: str) -> bool:
    # (or with the reference's possessive: "the Tarnby Growers' Cooperative", where the tagger cut the candidate's name)
    return bool(mention.key) and any(f" {mention.key}{end}" in folded_reference for end in (" ", "' ", "'s ", "\u2019 ", "\u2019s "))


def _counterpart(ctx: Context, mention: EntityMention, taken: set[int]) -> EntityMention | None:
    """The reference name the unsupported candidate name most likely stands for."""
    ref_sents = ctx.refs_for(mention.sent)
    here = {m.cid for m in ctx.candidate.entities if m.sent == mention.sent}
    missing = [
        m
        for m in ctx.reference.entities
        if m.sent in ref_sents and m.cid not in here and id(m) not in taken and not (m.label == "NORP" and not m.country)
    ]
    if mention.label == "NORP":
        # a word for a people or a place's things ('Victorian', 'Welsh') stands for a people or a place, not for a
        # firm, a building or a person ('Saltby's Victorian cliff railway' / 'the Saltby Cliff Railway')
        missing = [m for m in missing if m.label in ("NORP", "GPE", "LOC") or m.country or _of_another_country(m, mention)]
    # (not one the candidate's sentence gives in its words, where the tagger did not take it for a name: 'IT systems')
    said = fold(ctx.candidate.sentences[mention.sent].text)
    missing = [m for m in missing if not re.search(rf"(?<![\w-]){re.escape(fold(m.text))}(?![\w-])", said)]
    if not missing:
        return None
    mine = roles(ctx.candidate, mention)
    cand_order = [m for m in ctx.candidate.entities if m.sent == mention.sent and not supported(m, ctx.reference.entities)]
    rank = cand_order.index(mention) if mention in cand_order else 0

    def score(m: EntityMention) -> float:
        theirs = roles(ctx.reference, m)
        role_score = 2.0 if mine & theirs else (1.0 if (mine & CORE_ROLES and theirs & CORE_ROLES) else 0.0)
        order_score = 1.0 / (1 + abs(missing.index(m) - rank))
        return role_score + order_score + fuzz.ratio(mention.key, m.key) / 100

    return max(missing, key=score)


def _of_another_country(m: EntityMention, norp: EntityMention) -> bool:
    """A name that carries a word of a country other than the demonym's ('the British Museum' against 'a French
    museum'): the two say where it is, differently."""
    found = {countries().lookup(w) for w in m.text.split()} - {None}
    return bool(found) and norp.country not in found


def _sentence_words(doc: Document) -> list[frozenset[str]]:
    """Each sentence's folded words and their lemmas ('ministries' and 'ministry')."""
    out = []
    for s in doc.sentences:
        toks = doc.doc[s.token_start : s.token_end]
        out.append(frozenset(fold(t.text) for t in toks) | frozenset(fold(t.lemma_) for t in toks))
    return out


def _initialism(word: str, doc: Document, least: int | None = None) -> bool:
    """'IPO' where the text says 'initial public offering', 'AI' for 'artificial intelligence'; with `least`, the
    first letters are enough ('CEO' for 'chief executive')."""
    letters = word.rstrip("s").lower()
    if not (2 <= len(letters) <= 6 and word[: len(letters)].isupper()):
        return False
    words = [t.lower_ for t in doc.doc if t.is_alpha and t.lower_ not in _ENTITY_STOP]
    n = min(len(letters), least or len(letters))
    return any("".join(w[0] for w in words[i : i + n]) == letters[:n] for i in range(len(words) - n + 1))


_ENTITY_STOP = {"of", "the", "and", "for", "in", "on", "at", "to", "a", "an"}


def _formula_worded(m: EntityMention, doc: Document) -> bool:
    """A chemical formula ('CO2', 'SO2', 'NO2': a figure in it, two elements or more, read by `periodictable`) that
    the text names in words, one word to each element in a row, each word starting with its element's stem after a
    Greek count that is its number of atoms ('carbon dioxide': 'carbon', 'di' + 'oxide'; not 'sulphur dioxide' for SO3)."""
    if not any(ch.isdigit() for ch in m.text) or not any(ch.isalpha() for ch in m.text):
        return False
    try:
        atoms = periodictable.formula(m.text).atoms
    except Exception:  # (its parser's own errors, pyparsing's, as well as ValueError: '400bn', 'm²' are no formulas)
        return False
    names = [a.name.lower() for a in atoms]
    if len(names) < 2:
        return False
    counts = tuple(sorted(lexicon()["chemical_number_prefixes"], key=len, reverse=True))

    numbers = list(lexicon()["chemical_number_prefixes"])  # 'mono' 1, 'di' 2, ...

    def starts(word: str, element: str, atoms: int) -> bool:
        told = 1  # (a word with no count names one atom: 'carbon dioxide' is one carbon, two oxygens)
        for count in counts:
            if word.startswith(count) and len(word) > len(count) + 2:
                word, told = word[len(count) :], numbers.index(count) + 1
                break
        # (two letters of the element at least, three where the name says more: 'oxide' for oxygen, 'sulph' for sulfur)
        common = len(os.path.commonprefix([word, element]))
        return (common >= 3 or (common == 2 and word.endswith(("ide", "ate", "ite")))) and told == atoms

    counted = [int(n) for n in atoms.values()]
    words = [t.lower_ for t in doc.doc if t.is_alpha]
    n = len(names)
    return any(all(starts(w, e, k) for w, e, k in zip(words[i : i + n], names, counted, strict=True)) for i in range(len(words) - n + 1))


def _worded_in_reference(ctx: Context, m: EntityMention) -> bool:
    """The reference says it in other words: every word of the name in one reference sentence ('the Kelby
    Regional Court' / 'the Regional Court of Kelby', 'the health ministry' / 'the Ministry of
    Health'), an initialism of the reference's words, a country by a word made from its demonym ('Dutchman'), or
    a title that the reference gives too ('CEO'). Not for people: two people's names in one sentence make no third."""
    if _initialism(m.text, ctx.reference) or _formula_worded(m, ctx.reference):
        return True
    owner = re.split(r"(?<=\w)(?:['’]s|(?<=s)['’])\s+", m.text)
    folded = f" {fold(ctx.reference.text)} "
    if len(owner) == 2 and all(f" {fold(part).strip()} " in folded for part in owner) and not _owned_by_another(ctx, *owner):
        return True  # 'Arctic Treat Foods' Chillpop' where the reference names the firm and its brand apart
    if m.key in titles() and (f" {m.key} " in f" {fold(ctx.reference.text)} " or _initialism(m.text, ctx.reference, least=2)):
        return True  # a title the reference gives too ('the CEO' / 'chief executive'), not a name
    if m.country:
        idx = countries()
        return any(idx.lookup(t.text[:n]) == m.country for t in ctx.reference.doc if t.is_alpha for n in range(4, len(t.text)))
    stop = _ENTITY_STOP | set(lexicon()["name_particles"])
    words = {w for w in m.key.split() if w not in stop}
    if not words:
        return False
    names = [{w for w in r.key.split() if w not in stop} for r in ctx.reference.entities]
    if any(words == n for n in names):
        return True  # the same words in another order: 'the Valdora Grand Prix' / 'the Grand Prix of Valdora'
    sentences = ctx.cache("sentence_words", lambda: _sentence_words(ctx.reference))
    # a reference name with a word in lower case that the reference says too, which no name has: 'its Tolham Common
    # airfield' / 'its airfield at Tolham Common' (whatever the tagger took it for)
    lower = {fold(w) for w in m.text.split() if w.isalpha() and w.islower()} & words
    if lower and words - lower in names and lower <= frozenset().union(*sentences):
        return True
    if m.label == "PERSON":
        return False
    # (not where a reference name shares two of its words and each has words the other lacks: 'the Guild of Violin
    # Makers' for 'the Guild of Bow Makers and Restorers', though 'violin' is said beside it)
    changed = any(len(n & words) >= 2 and n - words and words - n for n in names)
    if not changed and any(words <= sent for sent in sentences):
        return True
    # a reference name with words the reference also says: 'the Kuntur-1 lunar orbiter' / 'Kuntur-1'
    everywhere = frozenset().union(*sentences)
    for n in names if not changed else ():
        if n and n < words and words - n <= everywhere:
            # ... unless the other words are another reference name's, with another word where n stands ('the
            # Ravensby Meadows Trust' where the reference has 'Ravensby' the town and 'the Cumbrell Meadows Trust'): a
            # name changed, not worded otherwise
            rest = words - n
            if not any(len(rest) > 1 and rest < other and not other & n for other in names):
                return True
    # a short form of a reference name: 'the Fed' / 'the Federal Reserve'
    key = m.key
    return len(words) == 1 and len(key) >= 3 and any(len(r.words) > 1 and r.words[0].startswith(key) for r in ctx.reference.entities)


_OWNING = frozenset({"own", "run", "operate", "control", "buy", "acquire", "manage"})


def _owned_by_another(ctx: Context, owner: str, thing: str) -> bool:
    """The reference gives the thing another owner ('the Oakridge factory, which Tessaro owns', 'Marwick Dairies owns the
    Glenholm cheese brand', 'Tessaro's Oakridge factory'), whose words are not the candidate's owner's."""
    owner_words = set(fold(owner).split())
    word = fold(thing).split()[-1] if thing.split() else ""
    for t in ctx.reference.doc:
        if fold(t.text) != word:
            continue
        while t.dep_ == "compound" and t.head.i != t.i:
            t = t.head  # 'the Glenholm cheese brand': the phrase's noun
        parties = [c for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        # (a clause of owning on the thing or on a word just after it, where the parse may hang it: 'the Chillpop
        # factory in Brenford, which Frostline owns')
        near = [c for x in t.doc[t.i : min(len(t.doc), t.i + 8)] for c in x.children if c.i > x.i]
        for c in near:
            if c.lemma_.lower() in _OWNING and c.dep_ == "relcl":
                parties += [k for k in c.children if k.dep_ == "nsubj" and k.pos_ != "PRON"]
            if c.lemma_.lower() in _OWNING and c.dep_ == "acl":
                parties += [o for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if t.dep_ == "dobj" and t.head.lemma_.lower() in _OWNING:
            parties += [k for k in t.head.children if k.dep_ == "nsubj" and k.pos_ != "PRON"]
        for party in parties:
            words = {fold(x.text) for x in party.subtree if x.is_alpha and not x.is_stop}
            # (another name, not the owner's called shorter or longer: 'Frostline Foods' against 'Arctic Treat Foods')
            if words and not (words <= owner_words or owner_words <= words):
                return True
    return False


def _common_word(m: EntityMention, own: Document, other: Document) -> bool:
    """A word the parser alone took for a name because it opens a sentence ('Sprinkling lawns is banned'), and that
    either text writes in lower case elsewhere: a common word, no name to stand for another."""
    if not m.from_parse or not _opening_word(m, own):
        return False
    word = re.compile(rf"(?<![\w-]){re.escape(m.text.lower())}(?![\w-])")
    return any(word.search(doc.text) for doc in (own, other))


def _opening_word(m: EntityMention, doc: Document) -> bool:
    """One word, opening its sentence, that only the parser takes for a name or that is an ordinary English word
    (WordNet's: 'Sailings', 'Ships'; a name that is also a word, 'Shell', counts only against another such word)."""
    if len(m.text.split()) != 1 or doc.doc[m.token_start].is_sent_start is not True:
        return False
    return m.from_parse or lexical.common_word(m.text)


def _described_at_opening(ctx: Context, m: EntityMention) -> bool:
    """A name that opens its sentence with an ordinary English word before it ('Operator Greenhaven', 'Developer Larch
    Homes'), where the words after that one are a name the reference gives: the capital drew the description in."""
    words = m.text.split()
    if len(words) < 2 or ctx.candidate.doc[m.token_start].is_sent_start is not True or not lexical.common_word(words[0]):
        return False
    rest = fold(" ".join(words[1:]))
    return any(rest in (r.key, r.core) for r in ctx.reference.entities)


def _a_quantity(ctx: Context, m: EntityMention) -> bool:
    """The 'name' is part of a quantity or a unit of measure, or the currency code of an amount ('PLN 1.2bn')."""
    inside = [q for q in ctx.candidate.quantities if q.start < m.end and m.start < q.end]
    # (a code of a currency counted in a family's: 'NOK 64 million' is read in the Nordic crowns' 'SEK')
    code = lexical.iso_currencies()[0].get(m.text)
    if inside and (any(ch.isdigit() for ch in m.text) or any(q.unit in (m.text, code) for q in inside)):
        return True
    return units.is_unit(m.text)


_CLOCK = re.compile(r"^\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.?|p\.m\.?)$", re.IGNORECASE)


def _unsupported(ctx: Context) -> Iterator[Finding]:
    folded_reference = f" {fold(ctx.reference.text)} "
    taken: set[int] = set()
    for m in ctx.candidate.entities:
        if m.label == "NORP" and not m.country:
            continue  # 'neo-Nazi', 'Catholic': groups, compared only as part of claims
        if supported(m, ctx.reference.entities) or _in_text(m, folded_reference) or _worded_in_reference(ctx, m):
            continue
        if _a_quantity(ctx, m):
            continue  # '400bn' tagged as a name, 'MW' after a number: the number check's
        if _CLOCK.match(m.text):
            continue  # '7.45pm' tagged as a name: a time of day, the dates check's
        if _described_at_opening(ctx, m):
            continue  # 'Operator Greenhaven has apologised': what the body is, then the reference's name for it
        glued = ctx.candidate.text[m.end : m.end + 1] in ("-", "\u2010", "\u2011")  # 'Runner-up', cut at its hyphen
        if (m.from_parse or glued) and _opening_word(m, ctx.candidate) and lexical.common_word(m.text):
            continue  # 'Runner-up Marko Ilić': an ordinary word that opens the sentence, taken for a name
        other = _counterpart(ctx, m, taken)
        openers = _opening_word(m, ctx.candidate) and other is not None and _opening_word(other, ctx.reference)
        if other is not None and (_common_word(other, ctx.reference, ctx.candidate) or openers):
            # 'Sprinkling lawns ... is banned' read as a name: the candidate says 'sprinkling' in lower case; 'Sailings
            # will leave at ...' / 'Ships will leave at ...': two ordinary words taken for names as they open their
            # sentences
            other = None
        if other is not None and _with_place_after(ctx, m, other):
            continue  # "the Oberwald Clockmakers' Guild" / 'the Guild of Clockmakers of Oberwald', the tagger's name cut short
        if other is not None and ctx.mode == "translation" and _cognates(ctx, m, other):
            continue  # "the city's Civic Museum" / 'the Museo Civico of Valdoria': the name's words in English
        if other is not None and ctx.mode == "translation" and _name_translated(m, other):
            continue  # 'the Ruiz Brothers dairy' / 'the Hermanos Ruiz dairy': the name with its ordinary word in English
        if other is not None and ctx.mode == "translation" and _body_word_rendered(m, other):
            continue  # 'the Society of Friends of Pedigree Dogs' / 'the Association of Pedigree Dog Friends'
        mine = roles(ctx.candidate, m)
        core = bool(mine & CORE_ROLES)
        confidence = 0.6 if m.from_parse else 0.9
        if other is not None:
            taken.add(id(other))
            yield ctx.finding(
                FindingType.ENTITY,
                Severity.CRITICAL if core else Severity.MAJOR,
                confidence,
                f"'{m.text}' stands where the reference names '{other.text}'",
                (m.start, m.end),
                (other.start, other.end),
                NAME,
            )
        else:
            # a name with no counterpart is no evidence of a conflict: a note, not an error
            yield ctx.finding(
                FindingType.ENTITY,
                Severity.MINOR,
                confidence * 0.85,
                f"'{m.text}' is not named anywhere in the reference",
                (m.start, m.end),
                None,
                NAME,
                unsupported=True,
            )


def _with_place_after(ctx: Context, mine: EntityMention, theirs: EntityMention) -> bool:
    """The candidate's name is the reference's with the capitalised words of the 'of' phrases just after it there, which
    the tagger left outside ('Oberwald Clockmakers' Guild' / 'Guild of Clockmakers of Oberwald', read as 'Guild of
    Clockmakers' or as 'Guild' alone)."""
    doc = ctx.reference.doc
    after: list[str] = []
    i = theirs.token_end
    while i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].text[:1].isupper():  # 'of Lutemakers of Brennau'
        i += 1
        while i < len(doc) and doc[i].text[:1].isupper():
            after.append(fold(doc[i].text))
            i += 1
    if not after:
        return False

    def bare(words: list[str]) -> set[str]:  # without the possessive: "Clockmakers' Guild"
        return {re.sub(r"(?:'s|'|’s|’)$", "", w) for w in words} - {"of", "the"}

    own, words = bare(theirs.words), bare(mine.words)
    extra = words - own
    return own <= words and bool(extra) and extra <= set(after)


COGNATE_STEM = 4  # letters two words of a name in two languages must begin with alike ('muse-um' / 'muse-o')


def _cognates(ctx: Context, mine: EntityMention, theirs: EntityMention) -> bool:
    """A body's name in English in one translation and in its own language in the other, word for word by a shared
    beginning ('Civic Museum' / 'Museo Civico'): each of the candidate's words pairs with one of the reference's that
    begins alike (COGNATE_STEM letters, three quarters of the shorter word), the candidate's ordinary English words
    (WordNet's) against words English does not have; the reference's other words ('of Valdoria') are named in the
    candidate too. Not for people, whose names are no words to translate."""
    if "PERSON" in (mine.label, theirs.label):
        return False
    words = [w for w in mine.words if w not in ("the", "of")]
    others = [w for w in theirs.words if w not in ("the", "of")]
    if len(words) < 2:
        return False

    def alike(a: str, b: str) -> bool:
        shared = len(os.path.commonprefix([a, b]))
        return a != b and shared >= COGNATE_STEM and shared >= 0.75 * min(len(a), len(b))

    def english(w: str) -> bool:
        return lexical.common_word(w) or lexical.is_adjective(w) or lexical.is_noun(w)

    left, turned = list(others), []
    for w in words:
        match = next((o for o in left if o == w), None) or next((o for o in left if alike(w, o)), None)
        if match is None:
            return False
        left.remove(match)
        if match != w:
            turned.append((w, match))
    # (the reference's words are no English words, and some of the candidate's are: 'civic' for 'civico')
    if not turned or any(english(o) for _, o in turned) or not any(english(w) for w, _ in turned):
        return False
    folded = f" {fold(ctx.candidate.text)} "
    return all(f" {w} " in folded for w in left)


def _name_translated(mine: EntityMention, theirs: EntityMention) -> bool:
    """Two renderings of one name in two translations: its own words kept, the ordinary word in it in English on one
    side ('Ruiz Brothers', 'Varela Bridge') and left in the source language on the other ('Hermanos Ruiz', 'Ponte
    Varela'), in whatever order."""
    kept = set(mine.words) & set(theirs.words)
    english, foreign = set(mine.words) - kept, set(theirs.words) - kept

    def ordinary(word: str) -> bool:
        lex = lexicon()
        singular = word[:-1] if word.endswith("s") else word
        known = {*lex["kinship_nouns"], *lex["org_generic_heads"], *lex["geographic_heads"]}
        return lexical.common_word(word) or word in known or singular in known

    if not kept or any(ordinary(w) for w in kept) or not english or len(english) != len(foreign):
        return False
    return all(ordinary(w) for w in english) and not any(ordinary(w) for w in foreign)


def _body_word_rendered(mine: EntityMention, theirs: EntityMention) -> bool:
    """Two translations of one body's name: the same words of its own, in any order and number ('Friends of Pedigree
    Dogs' / 'Pedigree Dog Friends'), two or more, and the word for the kind of body one of a kind that a translator
    may choose between ('Society' / 'Association'; lexicon `body_word_groups`)."""
    if "PERSON" in (mine.label, theirs.label):
        return False

    def split(words: list[str]) -> tuple[set[str], set[str]]:
        bare = {re.sub(r"(?:'s|'|’s|’)$", "", w) for w in words} - {"of", "the", "for", "and"}
        singular = {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in bare}
        kinds = {w for w in singular if any(w in group for group in lexicon()["body_word_groups"])}
        return singular - kinds, kinds

    own, kind = split(mine.words)
    their_own, their_kind = split(theirs.words)
    if len(own) < 2 or own != their_own or len(kind) != 1 or len(their_kind) != 1 or kind == their_kind:
        return False
    # (a word of its own that is no place or people: 'Scottish Football Association' / 'Scottish Football League' is two
    # bodies of one country's football)
    if not any(not countries().lookup(w) for w in own):
        return False
    # (and the name put together another way, as a second translation does: 'Friends of Pedigree Dogs' / 'Pedigree Dog
    # Friends'; the same words in the same order with another kind of body is another body)
    order = [w for w in mine.words if w in own or w[:-1] in own]
    their_order = [w for w in theirs.words if w in their_own or w[:-1] in their_own]
    if order == their_order:
        return False
    return any(kind | their_kind <= set(group) for group in lexicon()["body_word_groups"])


def _evidence(ctx: Context, mention: EntityMention) -> tuple[set[str], dict[str, EntityMention]]:
    """Countries the reference ties to this organisation: on its names, or on a phrase with its words."""
    words = mention.distinct | {w for w in (mention.core or mention.key).split() if len(w) > 3}
    found: set[str] = set()
    where: dict[str, EntityMention] = {}
    for r in ctx.reference.entities:
        if r.cid == mention.cid and r.nationality:
            found.add(r.nationality)
            where.setdefault(r.nationality, r)
    idx = countries()
    for chunk_start, chunk_end, chunk_words in ctx.reference.noun_chunks:
        if not (chunk_words & words):
            continue
        for r in ctx.reference.entities:
            if chunk_start <= r.start < chunk_end and r.country and idx.lookup(r.text):
                found.add(r.country)
                where.setdefault(r.country, r)
    return found, where


def _wrong_country(ctx: Context) -> Iterator[Finding]:
    names = countries().names
    for m in ctx.candidate.entities:
        if not m.nationality or m.country or m.label in ("PERSON", "GPE", "NORP"):
            continue
        if not supported(m, ctx.reference.entities):
            continue
        found, where = _evidence(ctx, m)
        if not found or m.nationality in found:
            continue
        speaker = "speaker" in roles(ctx.candidate, m)
        # point at the reference's mention of the same organisation in the aligned sentences
        refs = ctx.refs_for(m.sent)
        same = [r for r in ctx.reference.entities if r.cid == m.cid and r.sent in refs] or [
            r for r in ctx.reference.entities if r.cid == m.cid
        ]
        target = same[0] if same else next(iter(where.values()))
        given = ", ".join(sorted(names.get(c, c) for c in found))
        yield ctx.finding(
            FindingType.ATTRIBUTION if speaker else FindingType.ENTITY,
            Severity.MAJOR,
            0.75,
            f"'{m.text}' makes it {names.get(m.nationality, m.nationality)}'s; the reference ties "
            f"'{target.text}' to {given}" + (" (the claim gets another source)" if speaker else ""),
            (m.start, m.end),
            (target.start, target.end),
            NAME,
        )


def _replaced_arguments(ctx: Context) -> Iterator[Finding]:
    """In the same event, a named participant of the reference replaced by an unnamed one:
    'the U.S., South Korea and Ukraine accused ...' -> 'the U.S., South Korea and its partners say ...'."""
    for rf, cf, _ in ctx.frame_pairs:
        for role in {a.role for a in rf.args} & {a.role for a in cf.args}:
            ref_args = [a for a in rf.args if a.role == role]
            cand_args = [a for a in cf.args if a.role == role]
            ref_ids = {k for a in ref_args for k in a.cids}
            cand_ids = {k for a in cand_args for k in a.cids}
            if len(ref_args) < 2 or len(ref_args) != len(cand_args) or not (ref_ids & cand_ids):
                continue  # only lists that line up: same length, sharing a member
            lost = [a for a in ref_args if a.cids and not (a.cids & cand_ids)]
            unnamed = [a for a in cand_args if not a.cids]
            here = {m.cid for m in ctx.candidate.entities if m.sent == cf.sent}
            if len(lost) == 1 and len(unnamed) == 1 and not (lost[0].cids & here):
                old, new = lost[0], unnamed[0]
                yield ctx.finding(
                    FindingType.ENTITY,
                    Severity.MAJOR,
                    0.7,
                    f"'{ctx.candidate.text[new.start : new.end]}' stands where the reference names "
                    f"'{ctx.reference.text[old.start : old.end]}'",
                    (new.start, new.end),
                    (old.start, old.end),
                    NAME,
                )


@dataclass(frozen=True)
class Title:
    """A post given to a named person: before the name ('Defence Minister Ana Ruiz') or beside it ('Tom Hale,
    a former governor of the central bank')."""

    head: str  # folded: 'minister', 'governor'
    words: frozenset[str]  # the other content words: 'defence'; 'former', 'central', 'bank'
    start: int
    end: int
    mention: EntityMention  # the name it is given to
    name: tuple[int, int]  # the name's characters without the post ('Ana Ruiz' of 'Striker Ana Ruiz')
    named: frozenset[str] = frozenset()  # the words of `words` that are names or say where from ('Westbury', 'Italian')


def _titles(doc: Document, set_off: bool = False) -> dict[str, list[Title]]:
    """Each person's titles in a text, by entity id; with `set_off`, also a post before the name and a comma ('The
    association's president, Renate Falk'), which tells whose side a speaker is on but is worded too freely to compare
    post with post ('its chief designer, X' / 'lead designer X')."""
    known = titles()
    ranks = {w for g in lexicon()["rank_modifiers"] for w in g}  # 'former' is a stop word
    out: dict[str, list[Title]] = {}
    posts = frozenset(lexicon()["role_titles"])  # newsroom posts: nameparser's list also has 'pro', 'group'...
    for m in doc.entities:
        # a post inside the name's span ('Striker Ana Ruiz' tagged whole): the words before the name proper
        inside = m.token_start
        while inside < m.token_end - 1 and fold(doc.doc[inside].text) in posts:
            inside += 1
        if not m.cid or not (m.label == "PERSON" or (m.label == "PROPN" and inside > m.token_start)):
            continue
        phrases = []  # (words, head)
        i = m.token_start - 1  # the modifiers before the name, each hanging on a word to its right
        while i >= 0 and doc.doc[i].dep_ in ("compound", "amod", "nmod") and i < doc.doc[i].head.i < m.token_end:
            i -= 1
        before = [t for t in doc.doc[i + 1 : inside] if t.is_alpha]
        if before and i >= 1 and doc.doc[i].text == "-" and not doc.doc[i - 1].whitespace_ and fold(doc.doc[i - 1].text) in ranks:
            before.insert(0, doc.doc[i - 1])  # 'Ex-Lib Dem leader', the prefix parsed apart
        elif before and i >= 1 and doc.doc[i].text == "-" and not doc.doc[i - 1].whitespace_ and before[0].i == i + 1:
            before = before[1:]  # 'voters re-elected Governor X': the end of a hyphenated verb, not a rank
        if before and fold(before[-1].text) in known:
            phrases.append((before, before[-1]))
        elif not before and m.token_start > 0 and _title_word(doc.doc[m.token_start - 1], posts):
            phrases.append(([doc.doc[m.token_start - 1]], doc.doc[m.token_start - 1]))  # the parse lost it ('had midfielder X sent off')
        root = doc.doc[m.token_start : m.token_end].root
        post = root.head
        if set_off and root.dep_ == "appos" and post.dep_ == "pobj" and post.head.lower_ == "of" and fold(post.head.head.lemma_) in known:
            post = post.head.head  # 'The mayor of Lefkonisi, Eleni Sarri', the name hung on the place by the parse
        if set_off and root.dep_ == "appos" and post.i < m.token_start and fold(post.lemma_) in known:
            # the name after its post, set off by a comma: 'The association's president, Renate Falk'
            name_part = {t.i for t in root.subtree}
            words = [t for t in post.subtree if t.i < m.token_start and t.i not in name_part and t.is_alpha]
            words = [t for t in words if not t.is_stop or t.i == post.i or fold(t.lemma_) in ranks]  # 'former' is a stop word
            glued = post.i >= 2 and doc.doc[post.i - 1].text == "-" and not doc.doc[post.i - 2].whitespace_
            if glued and doc.doc[post.i - 2].is_alpha and doc.doc[post.i - 2] not in words:
                words.insert(0, doc.doc[post.i - 2])  # "the university's vice-chancellor, X", the prefix parsed apart
            phrases.append((words, post))
        for c in root.children:
            # (not a verb's object the parse set beside the name: 'X, 37, threatened staff with a gun', 'threatened' a
            # finite past verb read as the noun's adjective)
            misread = any(t.tag_ == "VBD" and t.i < c.i for t in c.subtree)
            if c.dep_ == "appos" and fold(c.lemma_) in known and not misread:
                # the post, without what a clause or phrase after it says of the person ('a dancer who has lived in
                # Europe for 15 years' / 'a dancer based in Europe for the past 15 years' hold one post)
                after = {t.i for k in c.children if k.i > c.i and k.dep_ in ("relcl", "acl") for t in k.subtree}
                # nor how long it has been held ('mayor for the past 12 years', 'chair since 2019')
                after |= {t.i for k in c.children if k.i > c.i and k.dep_ == "prep" and k.lower_ in ("for", "since") for t in k.subtree}
                # nor another person joined to it ('the mayor of Brattby, and her counterpart in Lorvik, X')
                after |= {t.i for k in c.children if k.i > c.i and k.dep_ in ("conj", "cc", "appos") for t in k.subtree}
                words = [t for t in c.subtree if t.is_alpha and t.i not in after]
                words = [t for t in words if not t.is_stop or t.i == c.i or fold(t.lemma_) in ranks]
                if c.i >= 2 and doc.doc[c.i - 1].text == "-" and not doc.doc[c.i - 2].whitespace_ and doc.doc[c.i - 2].is_alpha:
                    words.insert(0, doc.doc[c.i - 2])  # 'the vice-chancellor', parsed as three appositions
                phrases.append((words, c))
        for words, head in phrases:
            rest = frozenset(fold(t.lemma_) for t in words if t.i != head.i)
            # (a body's name the tagger read as ordinary words: 'Corrin Athletic chairman', NOUN and ADJ in an ORG)
            named = frozenset(
                fold(t.lemma_) for t in words if t.i != head.i and (t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG"))
            )
            name = (doc.doc[inside].idx, m.end)
            end = words[-1].idx + len(words[-1].text)
            out.setdefault(m.cid, []).append(Title(fold(head.lemma_), rest, words[0].idx, end, m, name, named))
    return out


def titles_of(doc: Document) -> dict[str, list[Title]]:
    """Each person's posts in a text, by entity id (the attribution check reads them too)."""
    return _titles(doc, set_off=True)


def _title_word(tok: Token, known: frozenset[str]) -> bool:
    """A title word right before a name, whatever the parser made of it: a noun of the titles list in the same
    sentence, not the end of a phrase of its own ('told reporters', 'the minister, X')."""
    ends_a_phrase = tok.dep_ in ("dobj", "pobj", "nsubj", "appos")
    return tok.is_alpha and fold(tok.text) in known and tok.sent == tok.doc[tok.i + 1].sent and not ends_a_phrase


def _title_conflict(cand: Title, refs: list[Title]) -> Title | None:
    """The reference's title of the same post that the candidate's contradicts: another rank ('deputy governor' /
    'governor', 'former' / current) or another word in its place ('Defence Minister' / 'Foreign Minister'); None
    where one of the reference's titles fits or the reference gives no title with that head."""
    if cand.head in lexicon()["honorifics"]:
        return None  # 'Dr' is no post: 'Chief veterinary officer Dr X' / 'chief veterinary officer Dr X' say one person
    same = [r for r in refs if r.head == cand.head]
    conflicts = []
    c_rank, c_words = _rank(cand.words)
    for r in same:
        r_rank, r_words = _rank(r.words)
        added, dropped = _unmatched(c_words, r_words), _unmatched(r_words, c_words)
        # a word in another's place is of its kind: a name or a nationality for another ('Westbury coach' / 'Carlton
        # coach'), an ordinary word for another ('head coach' / 'assistant coach'); 'Westbury coach' / 'head coach'
        # say two things of one post
        swapped = (added - cand.named and dropped - r.named) or (added & cand.named and dropped & r.named)
        # ('incumbent mayor' / 'mayor': a post is held now unless said otherwise)
        if c_rank - {"incumbent"} == r_rank - {"incumbent"} and not swapped:
            return None  # the same post, maybe said with less (or more) detail
        conflicts.append(r)
    return conflicts[0] if conflicts else None


def _rank(words: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(the title's rank words, each as the first of its group in the lexicon; its other words)."""
    group = {w: g[0] for g in lexicon()["rank_modifiers"] for w in g}
    return frozenset(group[w] for w in words if w in group), frozenset(w for w in words if w not in group)


def _unmatched(words: frozenset[str], others: frozenset[str]) -> set[str]:
    """Words with no counterpart among others, counting words of one stem ('canton' / 'cantonal') and a word and its
    clipped form ('Lib Dem' / 'Liberal Democrat') as one."""

    def one(a: str, b: str) -> bool:
        short, long = sorted((a, b), key=len)
        if a == b or lexical.same_adjective(a, b):  # 'biggest' / 'largest' (as lemmas)
            return True
        if "local" in (a, b) and {a, b} - {"local"} <= set(lexicon()["government_levels"]["local"]):
            return True  # 'Local MP' / "the town's MP": the place's own, either way
        return len(short) >= 3 and long.startswith(short[:MIN_STEM])  # a short word ('GP', 'MP') is itself

    return {w for w in words if not any(one(w, o) for o in others)}


def _changed_titles(ctx: Context) -> Iterator[Finding]:
    ref_titles, cand_titles = _titles(ctx.reference), _titles(ctx.candidate)
    for cid, found in cand_titles.items():
        for t in found:
            r = _title_conflict(t, ref_titles.get(cid, []))
            if r is None or _former_said_elsewhere(ctx, t, r):
                continue
            c_text, r_text = ctx.candidate.text[t.start : t.end], ctx.reference.text[r.start : r.end]
            yield ctx.finding(
                FindingType.ENTITY,
                Severity.MAJOR,
                0.7,
                f"'{c_text}' where the reference gives this person the post '{r_text}'",
                (t.start, t.end),
                (r.start, r.end),
                NAME,
            )


def _former_said_elsewhere(ctx: Context, mine: Title, theirs: Title) -> bool:
    """The two posts differ only in being held no more, and the text whose post is held now says so elsewhere in a word
    of that group ('Teacher X, who retired in June' / 'Retired teacher X')."""
    group = next(g for g in lexicon()["rank_modifiers"] if "former" in g)
    if _rank(mine.words)[0] ^ _rank(theirs.words)[0] != {group[0]}:
        return False
    plain = ctx.reference if "former" in _rank(mine.words)[0] else ctx.candidate
    return any(t.lemma_.lower() in group or t.lower_ in group for t in plain.doc)


_SENIORITY = frozenset({"incumbent", "junior", "senior", "chief"})  # rank words by their group's first word


def _rank_of_set_off_post(ctx: Context) -> Iterator[Finding]:
    """A post set off by a comma ('the culture minister, Paul Ingard') of another rank than every post of that head the
    reference gives the person ('the former culture minister Paul Ingard'): such posts are worded too freely to compare
    whole (`_titles`), but a rank ('former', 'deputy', 'acting') is a fact."""
    ref_titles, plain = titles_of(ctx.reference), _titles(ctx.candidate)
    for cid, found in titles_of(ctx.candidate).items():
        told = {(t.start, t.end) for t in plain.get(cid, [])}
        for t in found:
            same = [r for r in ref_titles.get(cid, []) if r.head == t.head]
            if (t.start, t.end) in told or not same:
                continue
            # (who holds the post, not seniority within it, which a set-off post words freely: 'its chief designer, X' /
            # 'lead designer X')
            rank = _rank(t.words)[0] - _SENIORITY
            if all(_rank(r.words)[0] - _SENIORITY != rank for r in same):
                yield ctx.finding(
                    FindingType.ENTITY,
                    Severity.MAJOR,
                    0.6,
                    f"'{ctx.candidate.text[t.start : t.end]}' where the reference gives this person the post "
                    f"'{ctx.reference.text[same[0].start : same[0].end]}'",
                    (t.start, t.end),
                    (same[0].start, same[0].end),
                    NAME,
                )


def _post_moved_place(ctx: Context) -> Iterator[Finding]:
    """A person's post set off by a comma, held in one place the reference names on one side and in another it names on
    the other ('Arkada's mayor, Eleni Sarri' / 'The mayor of Lefkonisi, Eleni Sarri'): the post's words are worded too
    freely to compare (`_titles`), but the place is a name."""
    places = {fold(m.text) for m in ctx.reference.entities if m.label != "PERSON" or len(m.words) == 1}
    # (and the place that opens a name of something in it: 'Fenwick' of 'Fenwick Camp')
    # (whatever the tagger called it: 'Fenwick Camp' may be read as a person; a first name is no post's place)
    # (not a people's word: 'Welsh' of 'Welsh Government' is Wales)
    places |= {m.words[0] for m in ctx.reference.entities if len(m.words) == 2 and not (m.nationality or m.country)}
    ref_titles, cand_titles = titles_of(ctx.reference), titles_of(ctx.candidate)
    for cid, found in cand_titles.items():
        for t in found:
            mine = t.named & places
            for r in ref_titles.get(cid, []):
                theirs = r.named & places
                # (either way round: 'Justice Minister X', read as a body, / 'Nordhalde's justice minister, X')
                if r.head == t.head and mine and theirs and not mine & theirs and not mine & r.words and not theirs & t.words:
                    yield ctx.finding(
                        FindingType.ENTITY,
                        Severity.MAJOR,
                        0.7,
                        f"'{ctx.candidate.text[t.start : t.end]}' where the reference gives this person the post "
                        f"'{ctx.reference.text[r.start : r.end]}'",
                        (t.start, t.end),
                        (r.start, r.end),
                        NAME,
                    )
                    break


def _title_of_another(ctx: Context) -> Iterator[Finding]:
    """A post that the reference gives one other person, given to a person the reference gives another post ('Striker
    A scored' where the reference has 'Striker B scored' and 'goalkeeper A'): the candidate put the name in the other's
    place. Where the other's name then stands in the same sentence in what the reference says of the first ('B was sent
    off' where the reference has A sent off), the two traded places and both are reported."""
    ref_titles, cand_titles = _titles(ctx.reference), _titles(ctx.candidate)
    honorifics = frozenset(lexicon()["honorifics"])
    for cid, found in cand_titles.items():
        own = ref_titles.get(cid, [])
        if not own:
            continue  # the reference gives this person no post: nothing to conflict with
        for t in found:
            if t.head in honorifics or any(r.head == t.head for r in own):
                continue
            holders = {
                other: r
                for other, rs in ref_titles.items()
                if other != cid
                for r in rs
                if r.head == t.head and _title_conflict(t, [r]) is None
            }
            if len(holders) != 1:
                continue  # no one else, or a post that several share
            held = next(iter(holders.values()))
            mine, theirs = ctx.candidate.text[slice(*t.name)], ctx.reference.text[slice(*held.name)]
            posts = ", ".join(f"'{ctx.reference.text[r.start : r.end]}'" for r in own)
            yield ctx.finding(
                FindingType.ENTITY,
                Severity.MAJOR,
                0.7,
                f"'{ctx.candidate.text[t.start : t.end]} {mine}': the reference gives that post to '{theirs}' and calls '{mine}' {posts}",
                t.name,
                held.name,
                NAME,
            )
            moved = _moved_into(ctx, t.mention, held.mention, cid)
            if moved is not None:
                yield ctx.finding(
                    FindingType.ENTITY,
                    Severity.MAJOR,
                    0.6,
                    f"'{moved[0].text}' takes the part in '{moved[1].text}' that the reference gives '{moved[2].text}': the "
                    "two traded places",
                    (moved[0].start, moved[0].end),
                    (moved[2].start, moved[2].end),
                    NAME,
                )
            break


def _moved_into(ctx: Context, mine: EntityMention, theirs: EntityMention, cid: str) -> tuple | None:
    """(the other's mention in the candidate sentence, its verb, the first's reference mention) where the other stands
    as a participant of a verb that the reference says of the first and never of the other."""

    def verbs(doc: Document, who: str) -> dict[str, tuple[EntityMention, Token]]:
        out = {}
        for m in doc.entities:
            if m.cid == who:
                tok = doc.doc[m.token_start : m.token_end].root
                while tok.dep_ in ("compound", "appos", "conj", "poss") and tok.head.i != tok.i:
                    tok = tok.head
                if tok.head.pos_ in ("VERB", "AUX") and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
                    out.setdefault(tok.head.lemma_.lower(), (m, tok.head))
        return out

    first_ref, other_ref = verbs(ctx.reference, cid), verbs(ctx.reference, theirs.cid)
    for lemma, (m, verb) in verbs(ctx.candidate, theirs.cid).items():
        if m.sent == mine.sent and lemma in first_ref and lemma not in other_ref:
            return m, verb, first_ref[lemma][0]
    return None


_OWNED_LABELS = ("PERSON", "ORG", "GPE", "FAC", "WORK_OF_ART", "EVENT", "LOC")


def _owned(doc: Document) -> list[tuple[Token, EntityMention]]:
    """Each noun with the name it belongs to: 'X's film', 'the film of X', 'the film by X' (the name's mention)."""
    at = {i: m for m in doc.entities if m.cid and m.label in _OWNED_LABELS for i in range(m.token_start, m.token_end)}
    out = []
    for t in doc.doc:
        if t.pos_ != "NOUN":
            continue
        owners = [c for c in t.children if c.dep_ == "poss"]
        owners += [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for p in c.children if p.dep_ == "pobj"]
        out += [(t, at[o.i]) for o in owners if o.i in at]
    return out


def _same_name(a: EntityMention, b: EntityMention) -> bool:
    """Two mentions that may name the same thing: a variant, the same country, or one name's words within the other's."""
    if supported(a, [b]) or (a.country and a.country == b.country):
        return True
    x, y = set(fold(a.text).split()), set(fold(b.text).split())
    return x <= y or y <= x


def _parts_of_one_name(ctx: Context, a: EntityMention, b: EntityMention) -> bool:
    """Two names that are written as one in either text ('San Lorenzo' and 'Vado' in 'San Lorenzo del Vado', which the
    tagger cut in two): joined by at most two short words."""
    for first, second in ((a.text, b.text), (b.text, a.text)):
        joined = re.compile(rf"{re.escape(first)}(?:\s+\w{{1,4}}){{0,2}}\s+{re.escape(second)}")
        if joined.search(ctx.reference.text) or joined.search(ctx.candidate.text):
            return True
    return False


def _moved_owner(ctx: Context) -> Iterator[Finding]:
    """A thing the aligned reference sentence gives to one name given to another that the reference names elsewhere
    ('the first feature by director A' -> 'the debut feature of B', B the maker of another film): the names traded
    places around the same noun. Not where the reference also gives that noun to B, nor the candidate to A."""
    ref_owned, cand_owned = _owned(ctx.reference), _owned(ctx.candidate)
    ref_pairs = {(t.lemma_.lower(), m.cid) for t, m in ref_owned}
    cand_pairs = {(t.lemma_.lower(), m.cid) for t, m in cand_owned}
    for t, m in cand_owned:
        noun = t.lemma_.lower()
        if (noun, m.cid) in ref_pairs or not supported(m, ctx.reference.entities):
            continue
        refs = ctx.refs_for(ctx.candidate.sentence_at(t.idx))
        others = [r for u, r in ref_owned if u.lemma_.lower() == noun and r.sent in refs and r.cid != m.cid]
        # another name, not a variant of the same one ('Numan Haider' / 'Haider', 'Great Britain' / 'Britain')
        others = [r for r in others if (noun, r.cid) not in cand_pairs and r.label == m.label and not _same_name(m, r)]
        others = [r for r in others if not _parts_of_one_name(ctx, m, r)]
        if len(others) == 1:
            other = others[0]
            yield ctx.finding(
                FindingType.ENTITY,
                Severity.MAJOR,
                0.6,
                f"the candidate's '{t.text}' is {m.text}'s; the reference's, in the same sentence, {other.text}'s",
                (m.start, m.end),
                (other.start, other.end),
                NAME,
            )


_KINDS = {"PERSON": "person", "ORG": "thing", "GPE": "thing", "LOC": "thing", "FAC": "thing", "NORP": "thing"}


def _named_elsewhere_instead(ctx: Context) -> Iterator[Finding]:
    """A name of the reference sentence that the candidate never gives, and in its place in the aligned candidate
    sentence a name of the same kind that the reference gives only in other sentences ('near Kessbach' -> 'close to
    Durnfeld', where Durnfeld is the neighbouring town of a later sentence): the candidate put one for the other. Only
    where the aligned sentences have exactly one such name each, and the candidate also gives the name where the
    reference does (in a sentence aligned with one that names it). The lost name may be given in other sentences of a
    rewrite ('the flats in Mill Road' for 'the flats on Calder Street', Calder Street named in the sentence before),
    not in those that render its own; a summary, whose sentences draw on several, must never give it. The parser's
    labels of invented names are unsure: people are told from other things, no more."""
    cand_ids = {m.cid for m in ctx.candidate.entities}
    labels: dict[str, set[str]] = {}
    for m in ctx.reference.entities + ctx.candidate.entities:
        if m.label in _KINDS:
            labels.setdefault(m.cid, set()).add(_KINDS[m.label])

    surnames = {
        m.words[-1] for m in ctx.reference.entities + ctx.candidate.entities if len(m.words) > 1 and labels.get(m.cid) == {"person"}
    }

    def kind_of(cid: str) -> str:
        """A person only where every mention of the name is tagged one ('Harjuvesi' a person once, a place once: a place),
        or a name of two words or more that ends in a person's surname ('Henri Dulac' tagged a place, 'Marc Dulac' a
        person)."""
        names = [m for m in ctx.reference.entities + ctx.candidate.entities if m.cid == cid]
        if labels.get(cid) == {"person"} and not any(_names_a_body(ctx, m) for m in names):
            return "person"
        return "person" if any(len(m.words) > 1 and m.words[-1] in surnames for m in names) else "thing"

    by_sent: dict[int, list] = {}
    for m in ctx.reference.entities:
        by_sent.setdefault(m.sent, []).append(m)
    for i, sentence in enumerate(ctx.candidate.sentences):
        refs = ctx.refs_for(i)
        if not refs:
            continue
        here = [m for r in refs for m in by_sent.get(r, [])]
        here_ids = {m.cid for m in here}

        def given(m: EntityMention, i: int = i) -> bool:
            if ctx.mode == "summary":
                return m.cid in cand_ids
            return any(k.cid == m.cid and (k.sent == i or k.sent in ctx.cands_for(m.sent)) for k in ctx.candidate.entities)

        lost = [m for m in here if not given(m) and m.label in _KINDS and not m.country]
        moved = [
            m
            for m in ctx.candidate.entities
            if m.sent == sentence.index
            and m.label in _KINDS
            and not m.country
            and m.cid not in here_ids
            and any(r.cid == m.cid for r in ctx.reference.entities)
        ]
        if len({m.cid for m in lost}) != 1 or len({m.cid for m in moved}) != 1:
            continue
        old, new = lost[0], moved[0]
        if kind_of(old.cid) != kind_of(new.cid):
            continue
        words = {w for w in re.findall(r"\w{4,}", fold(old.text))}
        said = ctx.candidate.doc[sentence.token_start : sentence.token_end]
        if words & {fold(t.text) for t in said if not new.token_start <= t.i < new.token_end}:
            continue  # 'Castavia's health ministry' for 'the Ministry of Health of Castavia': the name said with its words
        given = {r.sent for r in ctx.reference.entities if r.cid == new.cid}
        also = any(m.cid == new.cid and m.sent != i and ctx.refs_for(m.sent) & given for m in ctx.candidate.entities)
        if not also:
            continue
        yield ctx.finding(
            FindingType.ENTITY,
            Severity.MAJOR,
            0.6,
            f"'{new.text}' stands where the reference names '{old.text}'; the reference names '{new.text}' elsewhere",
            (new.start, new.end),
            (old.start, old.end),
            NAME,
        )


def _between(doc, m) -> tuple[str, str]:
    """The words right before and right after a mention ('its' and 'pipeline' around 'Eastline'), lowercased; '' at
    an edge or a punctuation mark."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return "", ""
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return (before.lower_ if before is not None and before.is_alpha else "", after.lower_ if after is not None and after.is_alpha else "")


def _before_two(doc, m, described: bool = False) -> tuple[str, ...]:
    """The two words before a mention and the punctuation mark after it ('wend', 'at', ','); '' for what is not there.
    `described`: past a common noun that describes the name ('a contract with operator Spokewell.': 'contract', 'with')."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start < 2 or span.end >= len(doc):
        return ("",)
    first = span.start
    if described and doc[first - 1].pos_ == "NOUN" and doc[first - 1].dep_ == "compound" and span.start <= doc[first - 1].head.i < span.end:
        first -= 1
    if first < 2:
        return ("",)
    words = [doc[first - 2], doc[first - 1]]
    after = doc[span.end]
    if not all(w.is_alpha for w in words) or not after.is_punct:
        return ("",)
    return (words[0].lower_, words[1].lower_, after.text)


def _three_before(doc, m) -> tuple[str, ...]:
    """The three words right before a mention, lowercased ('university', 'near', 'the'); () where one is no word."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start < 3:
        return ()
    words = doc[span.start - 3 : span.start]
    return tuple(w.lower_ for w in words) if all(w.is_alpha for w in words) else ()


def _three_before_alike(doc, m, other_doc, other) -> bool:
    """The two mentions follow the same three words ('by Norland University near the Arvik Banks,' / 'made by Norland
    University near the Skerrin Islands two years earlier'): one slot, whatever comes after."""
    mine = _three_before(doc, m)
    return bool(mine) and mine == _three_before(other_doc, other)


def _clause_words(doc, m) -> set[str]:
    """The content words of the clause a mention stands in, the mention's own left out, and the clauses under its verb
    ('backed a strike, while the KVT ... is staying out')."""
    tok = doc[m.token_start]
    span = _clause_of(tok)
    if span is None:
        return set()
    clauses = ("ROOT", "conj", "ccomp", "advcl", "relcl")
    verb = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX") and a.dep_ in clauses), None)
    own = set(range(m.token_start, m.token_end))
    if verb is not None:
        own |= {t.i for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl", "conj") for t in c.subtree}
    return {t.lemma_.lower() for t in span if t.i not in own and t.pos_ in ("NOUN", "VERB", "ADJ", "PROPN") and not t.is_stop}


def _passive_clause(doc, m) -> bool:
    """The mention's clause is passive: its verb has a passive subject or a 'by' agent."""
    verb = next((a for a in doc[m.token_start].ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children)


def _names_a_body(ctx: Context, m: EntityMention) -> bool:
    """The name says which body or place a noun after it is ('Valdecorza council', 'the Valdecorza town council'),
    whatever the tagger called it: a place's name, no person's."""
    doc = ctx.reference.doc if any(m is r for r in ctx.reference.entities) else ctx.candidate.doc
    last = doc[m.token_end - 1]
    heads = {*lexicon()["org_generic_heads"], *lexicon()["geographic_heads"], *lexicon()["public_body_heads"]}
    return last.dep_ == "compound" and last.head.i > last.i and last.head.pos_ in ("NOUN", "PROPN") and last.head.lower_ in heads


def _slot_role(doc, m) -> bool | None:
    """Whether the mention is its clause's subject (the parse's other relations vary with a particle: 'seen off X' reads
    X as the object or as the object of 'off'); None where it cannot be read."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root.dep_ in ("nsubj", "nsubjpass") if span is not None else None


def _around_like(doc, m, around: tuple[str, ...]) -> bool:
    if len(around) == 2:
        return _between(doc, m) == around
    # (the two words before it and a mark that ends its clause, any mark; the name's describing noun passed over)
    return any(len(x) == 3 and x[:2] == around[:2] for x in (_before_two(doc, m), _before_two(doc, m, described=True)))


_SLOT_PREPOSITIONS = frozenset({"to", "by", "from", "with", "for", "against"})


def _name_in_a_lost_names_slot(ctx: Context, taken: set[int]) -> Iterator[Finding]:
    """A name of the aligned reference sentences that the candidate gives nowhere, and in the candidate sentence, after
    the same preposition, a name of its kind that the reference never gives after it ('The contract ... has
    been awarded to Ashbrook Coatings' ... 'Local firm Dorrow Steelcare, which had also bid' / 'The contract has gone to
    Dorrow Steelcare'): one put in the other's place. Only one such pair in the sentence."""
    given = {k.cid for k in ctx.candidate.entities}
    for s in ctx.candidate.sentences:
        refs = ctx.refs_for(s.index)
        lost = [r for r in ctx.reference.entities if r.sent in refs and r.cid and r.cid not in given and not r.country]
        moved = [
            m
            for m in ctx.candidate.entities
            if m.sent == s.index
            and m.cid
            and not m.country
            and m.start not in taken
            and any(r.cid == m.cid for r in ctx.reference.entities)
            and sum(k.cid == m.cid for k in ctx.candidate.entities) == 1
        ]
        # (the reference never puts the candidate's name after that preposition)
        pairs = [
            (m, r)
            for m in moved
            for r in lost
            if m.label == r.label
            and (p := _slot_preposition(ctx.candidate.doc, m))
            and p == _slot_preposition(ctx.reference.doc, r)
            and not any(k.cid == m.cid and _slot_preposition(ctx.reference.doc, k) == p for k in ctx.reference.entities)
        ]
        if len(pairs) != 1:
            continue
        m, old = pairs[0]
        if _holder_of_the_thing(ctx, m):
            continue  # 'X has won the contract, first offered to Y' / 'The contract has gone to X': told from X's side
        taken.add(m.start)
        yield ctx.finding(
            FindingType.ENTITY,
            Severity.MAJOR,
            0.6,
            f"'{m.text}' stands where the reference names '{old.text}', whom the candidate names nowhere; the reference "
            f"names '{m.text}' elsewhere",
            (m.start, m.end),
            (old.start, old.end),
            NAME,
        )


def _holder_of_the_thing(ctx: Context, m) -> bool:
    """The reference makes the candidate's name the subject of a verb done to the thing the candidate's clause is about
    ('Dorrow Steelcare has won the contract' / 'The contract has gone to Dorrow Steelcare'): one deed told from the other
    side, whatever name it drops."""
    head = ctx.candidate.doc[m.token_end - 1]
    while head.dep_ != "pobj" and head.head.i != head.i:
        head = head.head
    verb = head.head.head  # the preposition's verb
    about = {c.lemma_.lower() for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")}
    for r in ctx.reference.entities:
        if r.cid != m.cid:
            continue
        tok = ctx.reference.doc[r.token_end - 1]
        if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "dobj" and c.lemma_.lower() in about for c in tok.head.children):
            return True
    return False


def _slot_preposition(doc, m) -> str | None:
    """The preposition whose object the name is ('awarded to X', 'bought by X'), or None."""
    head = doc.doc[m.token_end - 1]
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in _SLOT_PREPOSITIONS:
        return head.head.lower_
    return None


def _named_in_the_same_slot(ctx: Context, taken: set[int]) -> Iterator[Finding]:
    """A name of the aligned reference sentences that the candidate sentence does not give, and in it, between
    the same two words, a name the reference gives only between other words ('its Eastline pipeline' / 'its Westline
    pipeline', where the Westline is 'the parallel Westline pipeline' of a later sentence): one put for the other, in
    any mode (the words around it are the evidence) and whatever the tagger calls the two."""
    ref_ids = {m.cid for m in ctx.reference.entities}
    # a word of a longer name counts as that name's ('Hollinmere station' where the reference has Hollinmere Hall)
    words_of = {w: r.cid for r in ctx.reference.entities if len(r.words) > 1 for w in r.words if len(w) >= MIN_STEM}
    for m in ctx.candidate.entities:
        refs = ctx.refs_for(m.sent)
        # (and, where the sentence retells several of the reference's, a name said in a clause like the mention's: 'He
        # collected the award at a ceremony in Ardlow' / 'received the award at a ceremony in Portkennet')
        here = [r for r in ctx.reference.entities if r.sent in refs or _like_clauses(ctx, m, r)]
        cid = m.cid if m.cid in ref_ids else words_of.get(m.key) if len(m.words) == 1 else None
        if m.start in taken or m.country or cid is None:
            continue
        around = _between(ctx.candidate.doc, m)
        if not all(around):
            # at the end of a clause, two words before it and the mark after it ('on the River Wend at Cotterby,')
            around = _before_two(ctx.candidate.doc, m)
        if not all(around) or any(_around_like(ctx.reference.doc, r, around) for r in ctx.reference.entities if r.cid == cid):
            continue  # the reference says it between the same words itself
        mine_three = _three_before(ctx.candidate.doc, m)
        if cid != m.cid and re.search(rf"\b{re.escape(m.text)}\s+{re.escape(around[1])}\b", ctx.reference.text, re.I):
            continue  # ... or the word itself is (a name the tagger left out)
        # the name it stands for may be given elsewhere in the candidate ('through A and B' ... 'the road through B'
        # for 'the road through A'), but not in the candidate sentences that render the old name's sentence
        for old in here:
            near = [k for k in ctx.candidate.entities if k.sent == m.sent or k.sent in ctx.cands_for(old.sent)]
            beside = {k.cid for k in near}
            # (but for two names that trade places: 'the CGTS union said' / 'the SPMC, which represents curators',
            # where the reference has 'the SPMC union said' and 'the CGTS, which represents curators')
            mine = [r for r in ctx.reference.entities if r.cid == cid]
            traded = any(
                k.cid == old.cid
                and any(
                    _around_like(ctx.candidate.doc, k, _between(ctx.reference.doc, r)) for r in mine if any(_between(ctx.reference.doc, r))
                )
                for k in near
            )
            # (not two names that changed places with the voice: 'A will host B' / 'B will be staged by A')
            traded = traded and not any(_passive_clause(doc, x) for doc, x in ((ctx.candidate.doc, m), (ctx.reference.doc, old)))
            # (nor two names of one or two like clauses: 'A met B' / 'B met A', 'flights from A were cancelled, and so
            # were flights from B'; the two slots must say different things)
            traded = traded and not any(
                k.cid == old.cid and _clause_words(ctx.candidate.doc, m) & _clause_words(ctx.candidate.doc, k) for k in near
            )
            if (old.cid in beside and not traded) or old.country:
                continue
            if _around_like(ctx.reference.doc, old, around):
                slot = f"{' '.join(around[:-1])} ... {around[-1]}"
            elif (
                _three_before_alike(ctx.candidate.doc, m, ctx.reference.doc, old)
                and not any(_three_before(ctx.reference.doc, r) == mine_three for r in ctx.reference.entities if r.cid == cid)
                and not {fold(w) for w in m.words} & {fold(w) for w in old.words}
            ):
                # (not where the reference says the new name after those words too, 'the director of the Brask Gallery',
                # nor two names with a word in common: 'the Pass of Sennet' / 'the Pass', 'Verrant' / 'Verrant Airport')
                slot = f"{' '.join(mine_three)} ..."
            else:
                continue
            if _slot_role(ctx.candidate.doc, m) != _slot_role(ctx.reference.doc, old):
                continue  # between the same words, but the subject on one side only: 'the Harbour Board is
                # monitoring spills' / 'spills into the Orren Estuary are being monitored'
            taken.add(m.start)
            yield ctx.finding(
                FindingType.ENTITY,
                Severity.MAJOR,
                0.6,
                f"'{m.text}' stands where the reference names '{old.text}' ('{slot}'); the reference names '{m.text}' elsewhere",
                (m.start, m.end),
                (old.start, old.end),
                NAME,
            )
            break


def _names_between(doc: Document, sents: set[int], around: tuple[str, str]) -> list[SpacySpan]:
    """Runs of capitalised proper nouns inside the sentences, not at a sentence's start, between the two words `around`
    ('the' ... 'valley' around 'Tarrow'), whether or not the tagger took them for a name."""
    out = []
    for index in sents:
        s = doc.sentences[index]
        i = s.token_start + 1
        while i < s.token_end:
            j = i
            while j < s.token_end and doc.doc[j].pos_ == "PROPN" and doc.doc[j].text[:1].isupper():
                j += 1
            if j > i and j < s.token_end and doc.doc[i - 1].lower_ == around[0] and doc.doc[j].lower_ == around[1]:
                out.append(doc.doc[i:j])
            i = max(j, i + 1)
    return out


def _other_name_in_the_slot(ctx: Context, taken: set[int]) -> Iterator[Finding]:
    """A name the reference gives elsewhere, or words of a longer name it gives, put between two words ('in the Lesser
    Brandon valley') where the aligned reference sentence has another name, found by the tagger or not ('in the Tarrow
    valley'), the two names with no
    word in common, the old one not said in the candidate's sentence and the new one never between those words in the
    reference: one put for the other (what `_named_in_the_same_slot` finds for two tagged names)."""
    ref_ids = {m.cid for m in ctx.reference.entities}
    ref_words = {w for r in ctx.reference.entities for w in r.words}  # (or words of a longer name: 'Lesser Brandon Wildlife Group')
    for m in ctx.candidate.entities:
        if m.start in taken or m.country or not (m.cid in ref_ids or set(m.words) <= ref_words):
            continue
        around = _between(ctx.candidate.doc, m)
        head = ctx.candidate.doc.char_span(m.start, m.end, alignment_mode="expand")
        if not all(around) or head is None or head.end >= len(ctx.candidate.doc.doc) or ctx.candidate.doc.doc[head.end].pos_ != "NOUN":
            continue  # (a name that says which of a kind of thing it is: 'the ... valley', 'its ... pipeline')
        if any(_around_like(ctx.reference.doc, r, around) for r in ctx.reference.entities if r.cid == m.cid):
            continue
        if re.search(rf"\b{re.escape(m.text)}\s+{re.escape(around[1])}\b", ctx.reference.text, re.I):
            continue
        olds = _names_between(ctx.reference, ctx.refs_for(m.sent), around)
        if len(olds) != 1:
            continue
        old = olds[0]
        sentence = ctx.candidate.sentences[m.sent]
        said = {fold(t.text) for t in ctx.candidate.doc.doc[sentence.token_start : sentence.token_end]}
        if {fold(t.text) for t in old} & (said | {fold(w) for w in m.words}):
            continue  # 'the Tarrow River valley' / 'the Tarrow valley': the old name is still said
        taken.add(m.start)
        yield ctx.finding(
            FindingType.ENTITY,
            Severity.MAJOR,
            0.6,
            f"'{m.text}' stands where the reference names '{old.text}' ('{around[0]} ... {around[1]}'); the reference names "
            f"'{m.text}' elsewhere",
            (m.start, m.end),
            (old.start_char, old.end_char),
            NAME,
        )


def _own_clause_lemmas(tok: Token, skip: range) -> set[str]:
    """The content words of the clause a word stands in, without the clauses under its verb (what is said or done
    next); none where the verb is one of saying, whose clause is what someone said."""
    span = _clause_of(tok)
    if span is None:
        return set()
    verb = next(
        (a for a in [tok, *tok.ancestors] if a.i >= span.start and a.i < span.end and a.pos_ in ("VERB", "AUX") and a.dep_ != "aux"), None
    )
    if verb is None or verb.lemma_.lower() in lexicon()["speech_predicates"]:
        return set()
    under = {t.i for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "conj") for t in c.subtree}
    return {t.lemma_.lower() for t in span if t.i not in skip and t.i not in under and t.pos_ in ("NOUN", "VERB", "ADJ") and not t.is_stop}


def _like_clauses(ctx: Context, m: EntityMention, r: EntityMention) -> bool:
    """The clauses the two names stand in share two content words or more besides the names ('collected the award at a
    ceremony in X' / 'received the award at a ceremony in Y'): one statement, wherever the alignment put its sentence."""
    mine = _own_clause_lemmas(ctx.candidate.doc[m.token_start], range(m.token_start, m.token_end))
    theirs = _own_clause_lemmas(ctx.reference.doc[r.token_start], range(r.token_start, r.token_end))
    return len(mine & theirs) >= 2


def _same_kind_other_name(ctx: Context, taken: set[int]) -> Iterator[Finding]:
    """A body's name that the reference never gives, where the aligned reference sentences name a body of the same kind
    with another first word, which the candidate never gives ('Pellham Borough Council' for 'Wyvern Borough Council',
    the same tail ending in a word for a body): one put for the other, even where the reference names the place."""
    heads = frozenset(lexicon()["org_generic_heads"])
    ref_keys = {m.key for m in ctx.reference.entities}
    cand_ids = {m.cid for m in ctx.candidate.entities}
    cand_keys = {m.key for m in ctx.candidate.entities}
    for m in ctx.candidate.entities:
        if m.start in taken or m.country or len(m.words) < 2 or m.key in ref_keys:
            continue
        refs = ctx.refs_for(m.sent)
        for old in (r for r in ctx.reference.entities if r.sent in refs and r.key not in cand_keys and not r.country):
            # (a name linked with a part of it that the candidate gives, 'Aldercombe Museum' with 'Aldercombe', is still
            # a name the candidate does not give)
            body = old.cid not in cand_ids and m.words[-1] in heads and _other_prefix(old.words, m.words)
            # another name, or a word of one ('Santa Chiara' for 'Santa Rita', where Chiara Benvenuti is the director)
            others = {k for r in ctx.reference.entities if r.cid != old.cid for k in (r.key, *(w for w in r.words if len(w) >= 4))}
            if body or _named_after_another(old.words, m.words, others):
                taken.add(m.start)
                yield ctx.finding(
                    FindingType.ENTITY,
                    Severity.MAJOR,
                    0.6,
                    f"'{m.text}' stands where the reference names '{old.text}': "
                    + ("another body of the same kind" if body else "the name made with another name of the text"),
                    (m.start, m.end),
                    (old.start, old.end),
                    NAME,
                )
                break


def _named_after_another(old: list[str], new: list[str], others: set[str]) -> bool:
    """The candidate's name is the reference's with its own words put for another name the reference gives, the
    same word before or after ('Stallbridge Museum' for 'Aldercombe Museum', 'Lake Revonniemi' for 'Lake Ahvensalo',
    where Stallbridge and Revonniemi are other places of the text)."""
    if len(old) < 2 or len(new) < 2:
        return False
    for a, b in ((old, new), (old[::-1], new[::-1])):  # the same first words, or the same last words
        same = 0
        while same < min(len(a), len(b)) - 1 and a[same] == b[same]:
            same += 1
        rest_a, rest_b = a[same:], b[same:]
        if same and not set(rest_a) & set(rest_b):
            put = " ".join(rest_b if a is old else rest_b[::-1])
            return put in others
    return False


def _other_prefix(a: list[str], b: list[str]) -> bool:
    """Two names with the same tail and no word in common before it ('Pellham Borough Council' / 'Wyvern Borough
    Council', 'Brindle Mill Preservation Society' / 'Oxley Cross Preservation Society')."""
    tail = 0
    while tail < min(len(a), len(b)) and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    head_a, head_b = a[: len(a) - tail], b[: len(b) - tail]
    return tail > 0 and bool(head_a) and bool(head_b) and not set(head_a) & set(head_b)


CLAUSE_MATCH = 0.45  # the least cosine of a summary's clause and the reference sentence it retells
CLAUSE_MARGIN = 0.2  # ... and how much closer to it than to any sentence that gives the clause's name


def _clause_of(tok: Token) -> SpacySpan | None:
    """The clause a word stands in: its verb's words without the clauses joined to it ('..., and pianist X has pulled
    out because of illness')."""
    verb = next(
        (a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX") and a.dep_ in ("ROOT", "conj", "ccomp", "advcl", "relcl")), None
    )
    if verb is None:
        return None
    joined = {c.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")}
    stop = min(joined, default=len(tok.doc))  # the first clause joined to it ends this one
    words = [verb.i, *(w.i for c in verb.children if c.i < stop and c.i not in joined and c.dep_ != "cc" for w in c.subtree)]
    left, right = min(words), max(words)
    return tok.doc[left : right + 1]


def _summary_name_swapped(ctx: Context, taken: set[int]) -> Iterator[Finding]:
    """In a summary, a person the reference names put in a clause that retells what the reference says of another
    person, whom the summary never names ('pianist Marcus Tell has pulled out because of illness' / 'the closing concert
    will be given by the Marcus Tell Trio ... A planned appearance by the pianist Kenji Arata was cancelled because of
    illness'; 'Dr Sam Okafor did not come in when asked' / 'a junior doctor, Dr Sam Okafor, raised concerns ..., but the
    on-call consultant, Dr Ruth Allard, did not come in when asked'): the clause is much closer to a sentence or clause
    of the other person's than to any that names the summary's person."""
    if ctx.mode != "summary":
        return
    cand_ids = {m.cid for m in ctx.candidate.entities}
    ref = ctx.reference
    # the parts a summary's clause may retell: each sentence, and the clause of each person the reference names
    parts = [(s.text, s.start, s.end) for s in ref.sentences]
    parts += [
        (c.text, c.start_char, c.end_char)
        for m in ref.entities
        if m.label == "PERSON"
        for c in [_clause_of(ref.doc[m.token_start])]
        if c is not None
    ]

    def naming(m: EntityMention) -> set[int]:
        """The parts that give the name, as a name of their own or inside one ('the Marcus Tell Trio')."""
        word = re.compile(rf"(?<![\w-]){re.escape(fold(m.text))}(?![\w-])")
        ids = [(r.start, r.end) for r in ref.entities if r.cid == m.cid]
        return {n for n, (text, a, b) in enumerate(parts) if word.search(fold(text)) or any(a <= x and y <= b for x, y in ids)}

    # (the person the clause is about: its subject, or whose its subject is: 'pianist Marcus Tell has pulled out',
    # "Pavel Serov's planned recital was cancelled")

    def about(m: EntityMention) -> bool:
        root = ctx.candidate.doc[m.token_start : m.token_end].root
        return root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "poss" and root.head.dep_ in ("nsubj", "nsubjpass"))

    subjects = [m for m in ctx.candidate.entities if about(m)]
    people = [(m, naming(m)) for m in subjects if m.label == "PERSON" and m.start not in taken]
    clauses = [(m, where, _clause_of(ctx.candidate.doc[m.token_start])) for m, where in people if where]
    clauses = [(m, where, c) for m, where, c in clauses if c is not None and len(c) >= 4]
    if not clauses:
        return
    vectors = load_encoder().encode([c.text for *_, c in clauses]) @ load_encoder().encode([p[0] for p in parts]).T
    for (m, given, _), sims in zip(clauses, vectors, strict=True):
        best = int(sims.argmax())
        if best in given or sims[best] < CLAUSE_MATCH or sims[best] < max(sims[n] for n in given) + CLAUSE_MARGIN:
            continue
        _, a, b = parts[best]
        others = {r.cid: r for r in ref.entities if a <= r.start and r.end <= b and r.label == "PERSON" and r.cid not in cand_ids}
        if len(others) != 1:
            continue
        old = next(iter(others.values()))
        yield ctx.finding(
            FindingType.ENTITY,
            Severity.MAJOR,
            0.6,
            f"'{m.text}' stands where the reference names '{old.text}': this retells what the reference says of "
            f"'{old.text}'; the reference names '{m.text}' elsewhere",
            (m.start, m.end),
            (old.start, old.end),
            NAME,
        )


def _body_phrase(tok: Token) -> SpacySpan:
    """A body's noun with the words before it that say which ('the agriculture ministry', 'the plant health agency')."""
    words = [c for c in tok.children if c.dep_ in ("det", "compound", "amod", "poss") and c.i < tok.i]
    return tok.doc[min([tok.i, *(w.left_edge.i for w in words)]) : tok.i + 1]


def _body_in_the_slot(ctx: Context, taken: set[int]) -> Iterator[Finding]:
    """A body the reference names as another party, put after the same preposition of the same word where the aligned
    reference sentence has a body the candidate never names ('called for compensation from the agriculture ministry'
    / 'calling for compensation from the plant health agency', the agency being the one that made the finding): one
    party put for another, whatever the tagger makes of the two (lexicon `org_generic_heads`, `public_body_heads`)."""
    bodies = {*lexicon()["org_generic_heads"], *lexicon()["public_body_heads"]}
    cand_lemmas = {t.lemma_.lower() for t in ctx.candidate.doc.doc}

    def slot(t: Token) -> tuple[str, str] | None:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in bodies or t.dep_ != "pobj" or t.head.pos_ != "ADP":
            return None
        return t.head.lower_, t.head.head.lemma_.lower()

    for r_sent, c_sent in sentence_pairs(ctx):
        for c in c_sent:
            where = slot(c)
            if where is None or c.idx in taken:
                continue
            mine = _body_phrase(c)
            words = {t.lemma_.lower() for t in mine if t.pos_ in ("NOUN", "PROPN", "ADJ")}
            olds = [r for r in r_sent if slot(r) == where and r.lemma_.lower() != c.lemma_.lower()]
            if len(olds) != 1 or any(slot(r) == where and r.lemma_.lower() == c.lemma_.lower() for r in r_sent):
                continue
            old = _body_phrase(olds[0])
            theirs = {t.lemma_.lower() for t in old if t.pos_ in ("NOUN", "PROPN", "ADJ")}
            if theirs & cand_lemmas - {"the"} or words & {t.lemma_.lower() for t in olds[0].subtree}:
                continue  # the old body is named in the candidate, or the new one is part of it ('the council's committee')
            # the new body is another party of the reference, its noun and the words that say which
            elsewhere = [
                t
                for t in ctx.reference.doc.doc
                if t.lemma_.lower() == c.lemma_.lower() and t.pos_ == "NOUN" and words <= {w.lemma_.lower() for w in _body_phrase(t)}
            ]
            # (named before the old one: a later description may be the old body named again, 'sought help from the
            # county council ... The local authority said')
            elsewhere = [
                t for t in elsewhere if t.i < olds[0].i and ctx.reference.sentence_at(t.idx) != ctx.reference.sentence_at(olds[0].idx)
            ]
            if not elsewhere or len(words) < 2:
                continue
            taken.add(c.idx)
            yield ctx.finding(
                FindingType.ENTITY,
                Severity.MAJOR,
                0.6,
                f"'{mine.text}' stands where the reference has '{old.text}' ('{where[1]} ... {where[0]}'); the reference "
                f"names '{_body_phrase(elsewhere[0]).text}' as another party",
                (mine.start_char, mine.end_char),
                (old.start_char, old.end_char),
                NAME,
            )


def check(ctx: Context) -> Iterator[Finding]:
    yield from _unsupported(ctx)
    named = list(_named_elsewhere_instead(ctx))
    yield from named
    yield from _summary_name_swapped(ctx, {f.candidate_span.start for f in named if f.candidate_span is not None})
    taken = {f.candidate_span.start for f in named if f.candidate_span is not None}
    yield from _named_in_the_same_slot(ctx, taken)
    yield from _name_in_a_lost_names_slot(ctx, taken)
    yield from _other_name_in_the_slot(ctx, taken)
    yield from _body_in_the_slot(ctx, taken)
    yield from _same_kind_other_name(ctx, taken)
    yield from _moved_owner(ctx)
    yield from _wrong_country(ctx)
    yield from _replaced_arguments(ctx)
    yield from _changed_titles(ctx)
    yield from _rank_of_set_off_post(ctx)
    yield from _post_moved_place(ctx)
    yield from _title_of_another(ctx)
    yield from _role_of_another(ctx)
    yield from _other_relative(ctx)
    yield from _unnamed_relative_changed(ctx)
    yield from _other_tier(ctx)
    yield from _figure_moved(ctx)
    yield from _age_moved(ctx)
    yield from _other_side(ctx)
    yield from _post_of_another_body(ctx)
    yield from _staff_of_another_body(ctx)
    yield from _member_swapped(ctx, taken)
    yield from _described_swapped(ctx, taken)
    yield from _clause_described_swapped(ctx, taken)
    yield from _named_otherwise(ctx, taken)
    yield from _kin_swapped(ctx)
    yield from _body_of_another_field(ctx)
    yield from _owner_of_another_kind(ctx)


def _plain_nouns(doc: Document, sent: int, absent_from: set[str]) -> list[Token]:
    """The common nouns of a sentence, outside names, whose lemma the other text does not have."""
    s = doc.sentences[sent]
    # (not a word of a date, 'every winter', nor of a figure: the date and number checks compare those)
    spans = [(m.start, m.end) for m in [*doc.dates, *doc.quantities] if s.start <= m.start < s.end]
    return [
        t
        for t in doc.doc[s.token_start : s.token_end]
        if not any(a <= t.idx < b for a, b in spans)
        and (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.is_sent_start))  # ('Goats will ...': a noun with the sentence's capital)
        and t.is_alpha
        and (not t.ent_type_ or (t.is_sent_start and t.ent_iob_ == "B" and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I")))
        and t.lemma_.lower() not in absent_from
        and t.lower_ not in absent_from
    ]


def _clause_lemmas(tok: Token) -> set[str]:
    """The content lemmas of the clause a noun is in: its verb's subtree, the noun's own words aside."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), tok.sent.root)
    own = {t.i for t in tok.subtree}
    return {t.lemma_.lower() for t in verb.subtree if t.i not in own and (t.is_alpha or t.like_num) and not t.is_stop}


def _compounds(doc: Document, sent: int, other: Document) -> list[Token]:
    """The nouns of a sentence that say what kind of thing the noun after them is ('flower' of 'flower market'), where
    the other text never says them of that noun."""
    s = doc.sentences[sent]
    said = {(t.lemma_.lower(), t.head.lemma_.lower()) for t in other.doc if t.dep_ == "compound"}
    return [
        t
        for t in doc.doc[s.token_start : s.token_end]
        if t.dep_ == "compound" and t.pos_ == "NOUN" and t.is_alpha and (t.lemma_.lower(), t.head.lemma_.lower()) not in said
    ]


def _kind_of_same_thing(r: Token, c: Token) -> bool:
    """Two nouns that say what kind of thing the same noun is, with a word before them in common ('the adjoining outdoor
    flower market' / 'the neighbouring outdoor fish market'), naming two kinds of thing (`lexical.other_kinds`)."""
    if r.head.lemma_.lower() != c.head.lemma_.lower() or r.head.dep_ != c.head.dep_:
        return False

    def before(t: Token) -> set[str]:
        return {x.lower_ for x in t.head.subtree if x.i < t.i and x.is_alpha and x.dep_ != "det"}

    return bool(before(r) & before(c)) and lexical.other_kinds(r.lemma_, c.lemma_)


def _kin_swapped(ctx: Context) -> Iterator[Finding]:
    """A common noun put in the place of another of the same kind ('Copper will continue to attract a 15% tariff' /
    'The tariff on aluminium will remain at 15%'): WordNet gives the two first senses one direct hypernym and no sense
    in common (`lexical.kin_nouns`), neither text has the other's word, and the two clauses share at least two other
    words, or the nouns the same head. One finding per pair of sentences."""
    ref_words = {w for t in ctx.reference.doc for w in (t.lemma_.lower(), t.lower_)}
    cand_words = {w for t in ctx.candidate.doc for w in (t.lemma_.lower(), t.lower_)}
    for r_sent, c_sent in sorted(ctx.alignment.links):
        ref_nouns = _plain_nouns(ctx.reference, r_sent, cand_words)
        cand_nouns = _plain_nouns(ctx.candidate, c_sent, ref_words)
        pairs = [(r, c) for c in cand_nouns for r in ref_nouns if lexical.kin_nouns(r.lemma_, c.lemma_)]
        # (or the word that says what kind of thing a noun is, where the noun is the same: 'the outdoor flower market' /
        # 'the outdoor fish market', though the reference has a fish counter elsewhere)
        pairs += [
            (r, c)
            for c in _compounds(ctx.candidate, c_sent, ctx.reference)
            for r in _compounds(ctx.reference, r_sent, ctx.candidate)
            if (r, c) not in pairs and _kind_of_same_thing(r, c)
        ]
        for r, c in pairs:
            same_head = r.head.lemma_.lower() == c.head.lemma_.lower() and r.dep_ == c.dep_
            if not same_head and len(_clause_lemmas(r) & _clause_lemmas(c)) < 2:
                continue
            what = f"another kind of {c.head.text}" if c.dep_ == "compound" and r.dep_ == "compound" else "another thing of the same kind"
            yield ctx.finding(
                FindingType.ENTITY,
                Severity.MAJOR,
                0.6,
                f"'{c.text}' stands where the reference has '{r.text}': {what}",
                (c.idx, c.idx + len(c.text)),
                (r.idx, r.idx + len(r.text)),
                NAME,
            )
            break


def _members(doc: Document) -> list[tuple[Token, frozenset[str], dict[str, EntityMention]]]:
    """(noun, its words, the names set beside it) for each common noun a list of names is set beside ('the two largest
    colonies, Cape Morrow and Gull Point'): the noun, its own modifiers, and the names by id."""
    out = []
    for noun in doc.doc:
        if noun.pos_ != "NOUN":
            continue
        # (or joined to it, as the parse may hang them: 'hives, Ashby Hill and Moor End' as three of a kind)
        heads = [c for c in noun.children if c.dep_ == "appos" or (c.dep_ == "conj" and c.pos_ == "PROPN")]
        for h in heads:
            heads += [g for g in h.children if g.dep_ == "conj" and g.pos_ == "PROPN" and g not in heads]
        names = {}
        for h in heads:
            m = next((m for m in doc.entities if m.token_start <= h.i < m.token_end and m.cid), None)
            if m is not None:
                names[m.cid] = m
        words = frozenset(c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "nummod", "compound") and c.is_alpha)
        if len(names) >= 2:
            out.append((noun, words | {noun.lemma_.lower()}, names))
    return out


def _member_swapped(ctx: Context, taken: set[int]) -> Iterator[Finding]:
    """One name of a list set beside the same description swapped for a name the reference gives elsewhere ('the two
    largest colonies, Cape Morrow and Gull Point' / 'the two largest colonies, Cape Morrow and Fennick Bay', where
    Fennick Bay is where numbers rose): the description says which ones they are, so the other name is a wrong one."""
    theirs = _members(ctx.reference)
    ref_ids = {m.cid for m in ctx.reference.entities}
    cand_ids = {m.cid for m in ctx.candidate.entities}
    for _, words, names in _members(ctx.candidate):
        for _, their_words, their_names in theirs:
            if their_words != words or len(their_names) != len(names) or len(words) < 2:
                continue
            new = [m for cid, m in names.items() if cid not in their_names and cid in ref_ids]
            gone = [m for cid, m in their_names.items() if cid not in names and cid not in cand_ids]
            if len(new) != 1 or len(gone) != 1 or new[0].start in taken:
                continue
            taken.add(new[0].start)
            yield ctx.finding(
                FindingType.ENTITY,
                Severity.MAJOR,
                0.7,
                f"'{new[0].text}' where the reference names '{gone[0].text}' among the same ones; it gives "
                f"'{new[0].text}' elsewhere, for something else",
                (new[0].start, new[0].end),
                (gone[0].start, gone[0].end),
                NAME,
            )


def _sides(doc: Document, tokens) -> list[tuple[Token, str, str]]:
    """(word, compass point, the noun's lemma) of each compass word that describes a noun ('the eastern border': e,
    border), not inside a name ('South Africa', 'North Sea' are the names' own)."""
    points = lexicon()["compass_points"]
    named = {i for m in doc.entities for i in range(m.token_start, m.token_end)}
    return [
        (t, points[t.lower_], t.head.lemma_.lower())
        for t in tokens
        if t.lower_ in points and t.dep_ in ("amod", "compound") and t.head.pos_ == "NOUN" and t.i not in named
    ]


def _other_side(ctx: Context) -> Iterator[Finding]:
    """A part of a place said of another side ('along the country's eastern border' / 'along the southern border'): the
    aligned reference sentences give the same noun another compass point, and the candidate never gives it theirs."""
    everywhere = {(p, n) for _, p, n in _sides(ctx.candidate, ctx.candidate.doc)}
    for sent in ctx.candidate.sentences:
        mine = _sides(ctx.candidate, ctx.candidate.doc[sent.token_start : sent.token_end])
        if not mine:
            continue
        theirs = [
            x
            for r in ctx.refs_for(sent.index)
            for x in _sides(ctx.reference, ctx.reference.doc[ctx.reference.sentences[r].token_start : ctx.reference.sentences[r].token_end])
        ]
        for t, point, noun in mine:
            same_noun = [(r, p) for r, p, n in theirs if n == noun]
            if not same_noun or any(p == point for _, p in same_noun):
                continue
            r, p = same_noun[0]
            if (p, noun) in everywhere:
                continue  # the candidate gives the reference's side too
            yield ctx.finding(
                FindingType.ENTITY,
                Severity.MAJOR,
                0.7,
                f"'{t.text} {t.head.text}' where the reference has '{r.text} {r.head.text}': another side",
                (t.idx, t.idx + len(t.text)),
                (r.idx, r.idx + len(r.text)),
                NAME,
            )


def _aged(doc: Document) -> list[tuple[object, EntityMention]]:
    """Each age the text gives a named person beside the name ('Terry Vance, now 88,', 'Pruett, 88,'): (age, person)."""
    out = []
    for q in doc.quantities:
        if q.unit != "years of age":
            continue
        span = doc.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or span.root.dep_ != "appos":
            continue
        holder = span.root.head
        # a surname alone may be tagged otherwise ('Rook, 91,'): a person where any mention of the name is one
        people = {m.cid for m in doc.entities if m.label == "PERSON"}
        person = next((m for m in doc.entities if m.cid in people and m.token_start <= holder.i < m.token_end), None)
        if person is not None:
            out.append((q, person))
    return out


def _age_moved(ctx: Context) -> Iterator[Finding]:
    """An age given to another person of the text: the candidate has 'Pruett, 88,' where the reference has 'Vance, now
    88,' and gives Pruett no such age: the person (and what the sentence tells of them) changed."""
    theirs = _aged(ctx.reference)
    for q, person in _aged(ctx.candidate):
        if not any(m.cid == person.cid for m in ctx.reference.entities):
            continue  # a name the reference never gives: the unsupported-name check's
        same = [(r, p) for r, p in theirs if r.low == q.low and r.high == q.high]
        if not same or any(p.cid == person.cid for _, p in same):
            continue
        others = {p.cid for _, p in same}
        if len(others) != 1 or any(m.cid in others for m in ctx.candidate.entities if m.sent == person.sent):
            continue  # two people of that age, or the one the reference means named in the sentence too
        r, old = same[0]
        yield ctx.finding(
            FindingType.ENTITY,
            Severity.MAJOR,
            0.6,
            f"the age {q.text} is given to {person.text}; the reference gives it to {old.text}",
            (person.start, person.end),
            (old.start, old.end),
            NAME,
        )


def _roles(doc: Document, titled: bool = False) -> list[tuple[str, object]]:
    """(role noun, mention) for each name that a common noun describes, set off or before it: 'the supplier, Coastal
    Minerals', 'Coastal Minerals, the supplier', 'supplier Coastal Minerals'. People are left to their titles, unless
    `titled` ('his sister, Ruth Hale', where 'Sister' is also a title)."""
    out = []
    posts = set() if titled else titles()
    for m in doc.entities:
        if not m.cid:
            continue
        root = doc.doc[m.token_start : m.token_end].root
        nouns = [root.head] if root.dep_ == "appos" and root.head.i < m.token_start else []
        nouns += [c for c in root.children if c.dep_ == "appos" and c.i >= m.token_end]
        before = doc.doc[m.token_start - 1] if m.token_start else None
        if before is not None and before.dep_ == "compound" and m.token_start <= before.head.i < m.token_end:
            nouns.append(before)
        # a person's post ('the chairman, X') is the title check's; a plural ('two suppliers, X and Y') has several
        out += [(n.lemma_.lower(), m) for n in nouns if n.pos_ == "NOUN" and n.is_alpha and fold(n.text) not in posts and n.tag_ != "NNS"]
        if any(n.tag_ == "NNS" for n in nouns):
            out += [(n.lemma_.lower(), None) for n in nouns if n.tag_ == "NNS"]  # the role is shared: no one holds it alone
    return out


def _the_role(doc: Document, noun: str, m) -> bool:
    """The reference gives the role as one that only one party holds: 'the supplier, X', 'its supplier X'; not a kind
    of thing with a description of its own ('Argentinian rider X', 'rival carrier X')."""
    root = doc.doc[m.token_start : m.token_end].root
    near = [root.head, *root.children, *(doc.doc[m.token_start - 1 : m.token_start] if m.token_start else [])]
    for n in (t for t in near if t.lemma_.lower() == noun and t.pos_ == "NOUN"):
        definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their", "his", "her") for c in n.children)
        described = any(c.dep_ in ("amod", "compound", "nmod") for c in n.children)
        if definite and not described:
            return True
    return False


def _tiers(doc: Document) -> list[tuple[object, str, str]]:
    """(token, body, tier) for each public body named with the tier of government it belongs to: 'the county council',
    'Kelbridge City Council', 'the regional government' (lexicon `government_levels`, `public_body_heads`)."""
    lex = lexicon()
    level = {w: tier for tier, words in lex["government_levels"].items() for w in words}
    bodies = set(lex["public_body_heads"])
    out = []
    for t in doc.doc:
        if t.lemma_.lower() not in bodies or t.pos_ not in ("NOUN", "PROPN"):
            continue
        tiers = {level[c.lower_] for c in t.children if c.dep_ in ("amod", "compound") and c.lower_ in level}
        if len(tiers) == 1:
            out.append((t, t.lemma_.lower(), tiers.pop()))
    return out


def _other_tier(ctx: Context) -> Iterator[Finding]:
    """A public body of another tier of government ('paid for by the county council' where the aligned reference
    sentence has 'Kelbridge City Council'): another body, where the reference names that body of the candidate's tier
    nowhere."""
    ref_all = _tiers(ctx.reference)
    said = {(body, tier) for _, body, tier in ref_all}
    for t, body, tier in _tiers(ctx.candidate):
        if (body, tier) in said:
            continue
        refs = ctx.refs_for(ctx.candidate.sentence_at(t.idx))
        rivals = [r for r, b, _ in ref_all if b == body and ctx.reference.sentence_at(r.idx) in refs]
        if rivals:
            r = rivals[0]
            mine, theirs = _body_words(t), _body_words(r)
            yield ctx.finding(
                FindingType.ENTITY,
                Severity.MAJOR,
                0.7,
                f"'{t.doc.text[slice(*mine)]}' where the reference has '{r.doc.text[slice(*theirs)]}': a body of another tier",
                mine,
                theirs,
                NAME,
            )


def _body_words(head) -> tuple[int, int]:
    """The characters of a body's name: its modifiers and its head ('county council', 'Kelbridge City Council')."""
    mods = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
    start = min([head.idx, *(m.left_edge.idx for m in mods)])
    return start, head.idx + len(head.text)


def _kin(a: str, b: str) -> bool:
    """Two words for relatives that may name the same one: the same word, or a general word and one it covers
    ('spouse' / 'wife')."""
    general = lexicon()["kinship_general"]
    return a == b or b in general.get(a, ()) or a in general.get(b, ())


def _other_relative(ctx: Context) -> Iterator[Finding]:
    """The same person described as another relative ('today it is headed by his wife, Selin Aydogan' where the
    reference has 'run by his daughter, Selin Aydogan'): a relation is a fact about the person."""
    kin = set(lexicon()["kinship_nouns"])
    ref_kin = [(noun, m) for noun, m in _roles(ctx.reference, titled=True) if m is not None and noun in kin]
    # 'his' is whoever the sentence is about: with several relatives in the reference ('his son, Karl ... his daughter,
    # Ilse'), a pronoun may stand for another person on each side
    several = len(ref_kin) > 1
    for noun, m in _roles(ctx.candidate, titled=True):
        if m is None or noun not in kin:
            continue
        # the relation of the same person to the same one: 'his daughter' / 'his wife', not 'her son' / 'his nephew'
        owner = _kin_owner(ctx.candidate, m, noun)
        theirs = [(n, r) for n, r in ref_kin if r.cid == m.cid and _kin_owner(ctx.reference, r, n) == owner]
        if not theirs or owner is None or any(_kin(noun, n) for n, _ in theirs):
            continue
        if several and owner in ("his", "her", "their", "its"):
            continue
        n, r = theirs[0]
        yield ctx.finding(
            FindingType.ENTITY,
            Severity.MAJOR,
            0.7,
            f"'{m.text}' is called the {noun} where the reference calls this person the {n}",
            _word_by(ctx.candidate, m, noun),
            _word_by(ctx.reference, r, n),
            NAME,
        )


def _relatives(doc: Document, sent: int) -> list[tuple[str, str, Token]]:
    """(the relation, its owner's word, the noun) for each relative of the sentence that an owner is given ('his
    brother-in-law', 'Marc's sister'): the relation spelt with its '-in-law'."""
    kin = set(lexicon()["kinship_nouns"])
    s = doc.sentences[sent]
    out = []
    for t in doc.doc[s.token_start : s.token_end]:
        owner = next((c.lower_ for c in t.children if c.dep_ == "poss"), None)
        if t.pos_ != "NOUN" or t.lemma_.lower() not in kin or owner is None:
            continue
        tail = doc.doc[t.i + 1 : t.i + 5].text.replace(" ", "").lower()
        out.append((t.lemma_.lower() + ("-in-law" if tail.startswith("-in-law") else ""), owner, t))
    return out


def _unnamed_relative_changed(ctx: Context) -> Iterator[Finding]:
    """A relative the aligned reference sentence has in the same place of the same deed, given another relation
    ('His brother-in-law ... was acquitted' / 'His brother ... was cleared'), where neither is named and the candidate's
    sentence does not give the reference's relation: a relation is a fact about the person."""

    def named(noun: Token) -> bool:
        return any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in noun.children)

    # 'his' is whoever the sentence is about: with several relatives in the reference ('his son ... his daughter'), a
    # pronoun may stand for another person on each side
    every = [x for r in range(len(ctx.reference.sentences)) for x in _relatives(ctx.reference, r)]
    if len(every) > 1:
        return
    for c_sent in range(len(ctx.candidate.sentences)):
        theirs = [x for r in ctx.refs_for(c_sent) for x in _relatives(ctx.reference, r)]
        mine = _relatives(ctx.candidate, c_sent)
        said = {relation for relation, _, _ in mine}
        for relation, owner, noun in mine:
            for r_relation, r_owner, r_noun in theirs:
                if r_owner != owner or r_noun.dep_ != noun.dep_ or _kin(relation, r_relation) or r_relation in said:
                    continue
                if named(noun) or named(r_noun):
                    continue  # a named relative is `_other_relative`'s
                if not lexical.paraphrase(noun.head.lemma_, r_noun.head.lemma_):
                    continue
                yield ctx.finding(
                    FindingType.ENTITY,
                    Severity.MAJOR,
                    0.6,
                    f"'{owner} {relation}' where the reference has '{r_owner} {r_relation}': another relative",
                    (noun.idx, noun.idx + len(noun.text)),
                    (r_noun.idx, r_noun.idx + len(r_noun.text)),
                    NAME,
                )
                break


def _word_near(doc: Document, m, lemma: str):
    """The word `lemma` that describes the name m, next to it ('his daughter, Selin'); None where there is none."""
    return next((t for t in doc.doc[max(0, m.token_start - 4) : m.token_end + 4] if t.lemma_.lower() == lemma), None)


def _kin_owner(doc: Document, m, lemma: str) -> str | None:
    """Whose relative the name is said to be: the possessive on the word for the relation ('his', 'Anton Berg's')."""
    word = _word_near(doc, m, lemma)
    owners = [c for c in word.children if c.dep_ == "poss"] if word is not None else []
    return " ".join(t.lower_ for t in owners[0].subtree if t.dep_ != "case") if owners else None


def _word_by(doc: Document, m, lemma: str) -> tuple[int, int]:
    """The characters of the word for the relation, or the name's own where there is none."""
    word = _word_near(doc, m, lemma)
    return (word.idx, word.idx + len(word.text)) if word is not None else (m.start, m.end)


def _role_of_another(ctx: Context) -> Iterator[Finding]:
    """A name in the role that the reference gives another name, and never this one ('supplier Strathcarron' where
    the reference has 'the supplier, Coastal Minerals' and names Strathcarron only as a place): the role is one fact
    about one party."""
    ref_roles: dict[str, list] = {}
    described = set()
    shared = set()
    for noun, m in _roles(ctx.reference):
        if m is None:
            shared.add(noun)
            continue
        described.add(m.cid)
        if _the_role(ctx.reference, noun, m):
            ref_roles.setdefault(noun, []).append(m)
    for noun, m in _roles(ctx.candidate):
        if m is None or noun in shared:
            continue
        others = ref_roles.get(noun, [])
        if not others or any(r.cid == m.cid or m.key in r.key or r.key in m.key for r in others):
            continue  # the same party, or a name inside its name ('Dunmore' in 'Mend It Dunmore')
        if m.cid in described:
            continue  # the reference calls it something of its own ('Dutch debutante X' / 'a Dutch runner, X'): a kind
            # of thing several may be, not the one role the reference gives another
        if not any(r.cid == m.cid for r in ctx.reference.entities):
            continue  # a name the reference does not give at all: the unsupported-name note says it
        r = others[0]
        yield ctx.finding(
            FindingType.ENTITY,
            Severity.MAJOR,
            0.7,
            f"'{m.text}' is called the {noun} where the reference gives that role to '{r.text}'",
            (m.start, m.end),
            (r.start, r.end),
            NAME,
        )


def _subject_of_figure(doc: Document, q) -> set[int]:
    """The tokens of the subject of the clause a figure is in ('the Tolland Reservoir was down to 41%')."""
    span = doc.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return set()
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return set()
    return {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


def _figure_moved(ctx: Context) -> Iterator[Finding]:
    """A figure told of another name: the candidate sentence gives the reference's figure ('down to 41% of capacity')
    with a name the reference gives another figure of the same kind ('Tolland Reservoir, ... 68% full'), and lacks the
    name the reference gives that figure with ('Brannock Reservoir ... fell to 41%')."""
    ref_q = [r for r in ctx.reference.quantities if not r.looks_like_year and any(ch.isdigit() for ch in r.text)]
    for q in ctx.candidate.quantities:
        if q.looks_like_year or not any(ch.isdigit() for ch in q.text):
            continue
        same = [r for r in ref_q if r.unit == q.unit and r.same_value(q)]
        if len(same) != 1:
            continue
        r = same[0]
        here = {m.cid: m for m in ctx.candidate.entities if m.sent == q.sent and m.cid}
        there = {m.cid: m for m in ctx.reference.entities if m.sent == r.sent and m.cid}
        subject = _subject_of_figure(ctx.candidate, q)
        for cid, m in here.items():
            if cid in there or m.label not in ("ORG", "FAC", "GPE", "LOC", "PRODUCT") or m.token_start not in subject:
                continue  # only the name the figure is told of: its clause's subject, not one compared with it
            # where the reference names it: beside another figure of the same kind, which the candidate sentence does
            # not give as well ('Kiprop of Kenya won in 58:51, breaking the 59:20 set by Bekele')
            elsewhere = {e.sent for e in ctx.reference.entities if e.cid == cid}
            own = [x for x in ref_q if x.unit == q.unit and not x.same_value(q) and x.sent in elsewhere]
            mine = [c for c in ctx.candidate.quantities if c.sent == q.sent and c.start != q.start]
            if not own or any(c.same_value(x) for c in mine for x in own):
                continue
            countries = {e.country for e in ctx.candidate.entities if e.sent == q.sent and e.country}
            lost = [
                y
                for c, y in there.items()
                if c not in here and y.label == m.label and not _same_name(m, y) and not (y.country and y.country in countries)
            ]
            if len(lost) == 1:
                yield ctx.finding(
                    FindingType.ENTITY,
                    Severity.MAJOR,
                    0.6,
                    f"'{q.text}' is told of {m.text}; the reference gives it of {lost[0].text}, and another figure of {m.text}",
                    (m.start, m.end),
                    (lost[0].start, lost[0].end),
                    NAME,
                )
                break


def _posts_held(doc: Document) -> list[tuple[EntityMention, Token, Token]]:
    """(person, post, owner) for a post set beside a person's name with whose it is ('The agency's chief executive,
    Dr X', 'X, Brantmoor's chief executive'): the owner the post's possessive."""
    known = titles()
    out = []
    for m in doc.entities:
        if m.label != "PERSON" or not m.cid:
            continue
        root = doc.doc[m.token_start : m.token_end].root
        posts = [root.head] if root.dep_ == "appos" and root.head.i < m.token_start else []
        posts += [c for c in root.children if c.dep_ == "appos"]
        for post in posts:
            if fold(post.lemma_) not in known:
                continue
            out += [(m, post, c) for c in post.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
    return out


def _body_named(doc: Document, owner: Token) -> EntityMention | None:
    return next((e for e in doc.entities if e.cid and e.token_start <= owner.i < e.token_end), None)


_OWNING_PREPS = frozenset({"from", "of"})
# what the tagger's labels say is no body (its labels of other invented names are unsure: 'Brookvale Water' a work of art)
_NOT_BODIES = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME"})


def _owning_bodies(doc: Document, noun: Token) -> tuple[set[str], str | None]:
    """The bodies a plural noun is said to belong to ('engineers from Castwell Water', 'Castwell's engineers'), as the
    ids of names the tagger calls no person or place, and the owner word where it is a bare noun before it ('council
    engineers', 'the council's engineers': a body's own noun), whose body is the one name of the text that ends in it. Not a name joined to
    the noun ('its Halmvik research station' names the station) nor a name the noun is part of ('Tanner's Row')."""
    own = next((e for e in doc.entities if e.token_start <= noun.i < e.token_end), None)
    owners = [c for c in noun.children if c.dep_ in ("compound", "poss") and c.i < noun.i]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in _OWNING_PREPS for o in p.children if o.dep_ == "pobj"]
    ids: set[str] = set()
    word = None
    if any(c.dep_ == "amod" and c.lower_ == "own" for c in noun.children):
        # ('said its own technicians had repaired them': the body the clause above is about, its subject)
        for o in (o for o in owners if o.lower_ in ("its", "their")):
            # (not the clause the noun is the subject of: 'its own technicians had repaired them')
            verb = next(
                (
                    a
                    for a in o.ancestors
                    if a.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" and noun not in c.subtree for c in a.children)
                ),
                None,
            )
            subjects = (
                [t for c in verb.children if c.dep_ == "nsubj" and noun not in c.subtree for t in c.subtree] if verb is not None else []
            )
            ids |= {
                e.cid
                for e in doc.entities
                if e.cid and e.label not in _NOT_BODIES and any(e.token_start <= t.i < e.token_end for t in subjects)
            }
    for o in owners:
        body = next((e for e in doc.entities if e.cid and e.token_start <= o.i < e.token_end), None)
        if body is None and o.pos_ == "PROPN" and o.dep_ == "poss":
            # ('Greyhill's own drivers', the tagger leaving the short name out): the one name of the text with the word
            named = {e.cid: e for e in doc.entities if e.cid and fold(o.text) in {fold(w) for w in e.words}}
            body = next(iter(named.values())) if len(named) == 1 else None
        # (a body where any mention of the name is tagged one: 'Greyhill' a person once, 'Greyhill Buses' a company)
        placed = body is not None and all(e.label in _NOT_BODIES for e in doc.entities if e.cid == body.cid)
        if body is not None and (body is own or o.dep_ == "compound" or placed):
            continue
        if body is not None:
            ids.add(body.cid)
        elif o.pos_ == "NOUN" and o.dep_ in ("compound", "poss") and o.lemma_.lower() in lexicon()["org_generic_heads"]:
            word = o.lemma_.lower()  # ('council engineers'; not 'banana exports', a kind)
    return ids, word


def _called_by(ctx: Context, ids: set[str], noun: str) -> bool:
    """One of the named bodies has the noun in its name, or set within three words of one of its mentions in either
    text ('Greyhill, the county's bus company')."""
    for text in (ctx.reference, ctx.candidate):
        for e in text.entities:
            if e.cid not in ids:
                continue
            if noun in e.words:
                return True
            near = text.doc[max(0, e.token_start - 3) : e.token_end + 3]
            if any(t.lemma_.lower() == noun for t in near):
                return True
    return False


def _staff_of_another_body(ctx: Context) -> Iterator[Finding]:
    """People or things of one body given to another: 'although engineers from utility company Castwell Water were
    still investigating' / 'although council engineers were still investigating', where the council is Brenton
    District Council, named in the text. The same noun in aligned sentences; the reference ties it to a body it names,
    the candidate to another, by its name or by a noun that ends one name of the text only, and no word of the
    reference's body."""
    words_named = {}
    for e in ctx.reference.entities:
        if e.cid and e.label not in _NOT_BODIES and e.words:
            words_named.setdefault(e.words[-1], set()).add(e.cid)
    for ref_sent, cand_sent in sentence_pairs(ctx):
        for c in cand_sent:
            if c.pos_ != "NOUN" or c.tag_ != "NNS":
                continue  # (people of a body, as a plural: 'engineers', 'inspectors', 'staff' said of many)
            mine, word = _owning_bodies(ctx.candidate, c)
            if word is not None and len(words_named.get(word, ())) == 1:
                mine |= words_named[word]
            if not mine or not mine <= {e.cid for e in ctx.reference.entities}:
                continue
            for r in ref_sent:
                if r.pos_ != "NOUN" or r.lemma_.lower() != c.lemma_.lower():
                    continue
                theirs, kind = _owning_bodies(ctx.reference, r)
                owned = any(k.dep_ == "poss" and k.lemma_.lower() == kind for k in r.children)
                if not theirs and kind is not None:
                    # ('the council's own drivers', no council named: a body of that kind, which the candidate's
                    # body is not, by its name or a word set beside it anywhere; not 'town centre cameras')
                    kinds = {f"kind:{kind}"} if owned and not _called_by(ctx, mine, kind) else set()
                    theirs = words_named.get(kind) or kinds
                if not theirs or mine & theirs:
                    continue
                named_here = {e.cid for e in ctx.candidate.entities if c.left_edge.i <= e.token_start <= c.right_edge.i}
                if theirs & named_here:
                    continue  # 'Institute divers from the wreck' / 'divers from the Institute': the body is there too
                if word is not None and any(word in e.words for e in ctx.reference.entities if e.cid in theirs):
                    continue  # 'water engineers' for 'Castwell Water's engineers': its own word
                # (the reference says the noun of the candidate's body elsewhere: the text has both)
                if any(t.lemma_.lower() == c.lemma_.lower() and _owning_bodies(ctx.reference, t)[0] & mine for t in ctx.reference.doc):
                    continue
                start = min(t.idx for t in c.subtree)
                yield ctx.finding(
                    FindingType.ENTITY,
                    Severity.MAJOR,
                    0.6,
                    f"'{ctx.candidate.text[start : c.idx + len(c.text)]}' where the reference has "
                    f"'{ctx.reference.text[r.left_edge.idx : r.right_edge.idx + len(r.right_edge.text)]}': another body's",
                    (start, c.idx + len(c.text)),
                    (r.left_edge.idx, r.right_edge.idx + len(r.right_edge.text)),
                    NAME,
                )
                break


def _post_of_another_body(ctx: Context) -> Iterator[Finding]:
    """A person's post given to another body ('The agency's chief executive, Dr Lena Voss' / 'Brantmoor's chief
    executive, Dr Lena Voss'): the candidate names the post's owner, a body the reference names too; the reference
    names another, or calls it by a noun that ends another of its names and none of this one's ('the agency' for the
    Harlan Food Safety Agency)."""
    ref_posts = _posts_held(ctx.reference)
    for person, post, owner in _posts_held(ctx.candidate):
        body = _body_named(ctx.candidate, owner)
        if body is None or not supported(body, ctx.reference.entities):
            continue
        for r_person, r_post, r_owner in ref_posts:
            if r_person.cid != person.cid or fold(r_post.lemma_) != fold(post.lemma_):
                continue
            r_body = _body_named(ctx.reference, r_owner)
            if r_body is not None:
                other = r_body.cid != body.cid and not supported(body, [r_body])
            else:
                noun = r_owner.lemma_.lower()
                named = [e for e in ctx.reference.entities if e.cid and e.label != "PERSON" and e.words and e.words[-1] == noun]
                other = bool(named) and noun not in body.words and all(e.cid != body.cid for e in named)
            if other:
                yield ctx.finding(
                    FindingType.ENTITY,
                    Severity.MAJOR,
                    0.6,
                    f"'{ctx.candidate.text[owner.idx : post.idx + len(post.text)]}' where the reference has "
                    f"'{ctx.reference.text[r_owner.idx : r_post.idx + len(r_post.text)]}': the post is another body's",
                    (owner.idx, owner.idx + len(owner.text)),
                    (r_owner.idx, r_owner.idx + len(r_owner.text)),
                    NAME,
                )
                break


def _description(doc: Document, m: EntityMention) -> frozenset[str]:
    """The words in lower case set before a name that describe it ('volunteer programmer Niamh Carrow': volunteer,
    programmer), each hanging on a word to its right up to the name; none without a noun among them."""
    words = []
    i = m.token_start - 1
    while i >= 0 and doc.doc[i].dep_ in ("compound", "amod") and i < doc.doc[i].head.i < m.token_end:
        tok = doc.doc[i]
        if not (tok.is_alpha and tok.text.islower()):
            break
        words.append(tok)
        i -= 1
    # a noun says who it is ('volunteer', 'carpenter'); 'former' or 'local' alone does not
    if any(t.pos_ == "NOUN" for t in words):
        return frozenset(t.lemma_.lower() for t in words)
    return _set_off_description(doc, m)


def _description_words(doc: Document, m: EntityMention, words: frozenset[str]) -> str:
    """The reference's words of a description beside a name, as written ('Last year's winner')."""
    near = [
        t
        for t in doc.doc[max(0, m.token_start - 8) : m.token_end + 8]
        if t.lemma_.lower() in words and t.sent == doc.doc[m.token_start].sent
    ]
    if not near:
        return " ".join(sorted(words))
    return doc.text[near[0].idx : near[-1].idx + len(near[-1].text)]


def _set_off_description(doc: Document, m: EntityMention) -> frozenset[str]:
    """The words of a description set off beside a name by commas ('Last year's winner, Fenwick Street Brewery, did not
    enter', 'Fenwick Street Brewery, last year's winner'): its noun with the words that name it with it, in lower case."""
    root = doc.doc[m.token_start : m.token_end].root
    nouns = [root.head] if root.dep_ == "appos" and root.head.i < m.token_start else []
    nouns += [c for c in root.children if c.dep_ == "appos" and c.i >= m.token_end]
    for noun in nouns:
        if noun.pos_ != "NOUN" or not noun.text.islower():
            continue
        words = [t for t in noun.subtree if t.i == noun.i or (t.dep_ in ("amod", "compound", "poss") and t.head.i == noun.i)]
        words += [g for t in noun.children if t.dep_ == "poss" for g in t.children if g.dep_ in ("amod", "compound")]
        if all(t.is_alpha and t.text.lower() == t.text or t.i == noun.left_edge.i for t in words):
            return frozenset(t.lemma_.lower() for t in words if t.is_alpha)
    return frozenset()


def _described_swapped(ctx: Context, taken: set[int]) -> Iterator[Finding]:
    """A name set after the description the aligned reference sentence gives another name, which the candidate never
    names, where the reference names the candidate's one elsewhere and never so ('software written by volunteer
    Tomasz Wielgus' / 'software developed by volunteer programmer Niamh Carrow', Wielgus the centre's director): the
    description says who it is, so the name is a wrong one."""
    cand_ids = {m.cid for m in ctx.candidate.entities}
    people = {m.cid for m in ctx.reference.entities + ctx.candidate.entities if m.label == "PERSON"}  # whatever one tag says
    for m in ctx.candidate.entities:
        mine = _description(ctx.candidate, m)
        if not mine or not m.cid or m.start in taken:
            continue
        theirs = [r for r in ctx.reference.entities if r.cid == m.cid]
        if not theirs or any(_description(ctx.reference, r) & mine for r in theirs):
            continue  # described so in the reference too
        # (a summary sentence draws on any of the article's)
        refs = ctx.refs_for(m.sent) if ctx.mode != "summary" else set(range(len(ctx.reference.sentences)))
        gone = [
            g
            for g in ctx.reference.entities
            if g.sent in refs
            and g.cid not in cand_ids
            # (a person for a person, as the tagger reads them; or a description too full to fit either by chance)
            and ((g.cid in people) == (m.cid in people) or len(mine) >= 3)
            and mine <= _description(ctx.reference, g)
        ]
        if len({g.cid for g in gone}) != 1:
            continue
        taken.add(m.start)
        yield ctx.finding(
            FindingType.ENTITY,
            Severity.MAJOR,
            0.7,
            f"'{m.text}' where the reference names '{gone[0].text}' as '{_description_words(ctx.reference, gone[0], mine)}'; it gives "
            f"'{m.text}' elsewhere, as someone else",
            (m.start, m.end),
            (gone[0].start, gone[0].end),
            NAME,
        )


def _clause_description(doc: Document, m: EntityMention) -> frozenset[str]:
    """The content words of a clause that says who or what a name is: a relative clause on it ('X, which was named as
    the recipient on the documents') or one on the noun set off beside it ('X, the company named as the recipient')."""
    root = doc.doc[m.token_start : m.token_end].root
    heads = [root, *(c for c in root.children if c.dep_ == "appos" and c.i >= m.token_end and c.pos_ == "NOUN")]
    clauses = [c for h in heads for c in h.children if c.dep_ in ("relcl", "acl") and c.i >= m.token_end]
    return frozenset(
        t.lemma_.lower()
        for c in clauses
        for t in c.subtree
        if t.pos_ in ("NOUN", "VERB", "ADJ") and t.is_alpha and not t.is_stop and not t.ent_type_
    )


def _clause_described_swapped(ctx: Context, taken: set[int]) -> Iterator[Finding]:
    """A name given the clause that the reference says of another name, which the candidate never names, where the
    reference names the candidate's one and never so ('Petrescu Haulage, which was named as the recipient on the
    shipping documents' / 'Marlowe Fine Foods, the company named as the recipient on the shipping documents', Petrescu
    the haulier): three content words of the clause or more, all but one of the candidate's."""
    cand_ids = {m.cid for m in ctx.candidate.entities}
    for m in ctx.candidate.entities:
        mine = _clause_description(ctx.candidate, m)
        if len(mine) < 3 or not m.cid or m.start in taken:
            continue
        theirs = [r for r in ctx.reference.entities if r.cid == m.cid]
        if not theirs or any(len(_clause_description(ctx.reference, r) & mine) >= 2 for r in theirs):
            continue  # the reference says it of this name too
        if any(len(ctx.reference.sentences[r.sent].lemmas & mine) >= len(mine) - 1 for r in theirs):
            continue  # ... in a sentence of its own ('Like Borex, Acme makes garden furniture')
        gone = [
            g
            for g in ctx.reference.entities
            if g.cid
            and g.cid not in cand_ids
            and not set(g.words) & set(m.words)
            and len(_clause_description(ctx.reference, g) & mine) >= max(3, len(mine) - 1)
        ]
        if len({g.cid for g in gone}) != 1:
            continue
        taken.add(m.start)
        yield ctx.finding(
            FindingType.ENTITY,
            Severity.MAJOR,
            0.7,
            f"'{m.text}' is given what the reference says of '{gone[0].text}'; it names '{m.text}' as someone else",
            (m.start, m.end),
            (gone[0].start, gone[0].end),
            NAME,
        )


def _namings(doc: Document) -> list[tuple[str, Token, tuple[int, int]]]:
    """(noun, the noun's token, the name's characters) for each thing a verb of naming names ('the cable, named
    Meridia-2', 'Named Coral Venture, the cable ...', 'the ship was christened Aurora'; lexicon `naming_predicates`)."""
    verbs = frozenset(lexicon()["naming_predicates"])
    out = []
    for verb in doc.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        name = next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN"), None)
        if name is None:
            continue
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            noun = verb.head
        elif verb.dep_ == "advcl":
            noun = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
        else:
            noun = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
        if noun is None:
            continue
        words = [t for t in name.subtree if t.dep_ not in ("det", "punct")]
        out.append((noun.lemma_.lower(), noun, (words[0].idx, words[-1].idx + len(words[-1].text))))
    return out


def _named_otherwise(ctx: Context, taken: set[int]) -> Iterator[Finding]:
    """The candidate gives a thing another name than the reference gives it, both by a verb of naming ('the cable,
    named Meridia-2' / 'Named Coral Venture, the cable'): one name put for the other, whatever the tagger makes of
    either, and even where the candidate gives the reference's name to something else (two ships' names swapped)."""
    ref = {}
    for noun, _, span in _namings(ctx.reference):
        ref.setdefault(noun, []).append(span)
    for noun, _, (start, end) in _namings(ctx.candidate):
        given = ref.get(noun, [])
        if start in taken or len(given) != 1:
            continue
        old = ctx.reference.text[slice(*given[0])]
        new = ctx.candidate.text[start:end]
        if fold(old) == fold(new):
            continue
        if set(re.findall(r"\w{3,}", fold(old))) & set(re.findall(r"\w{3,}", fold(new))):
            continue  # 'the Elm Crossing' / 'Elm Crossing Bridge': one name worded two ways
        taken.add(start)
        yield ctx.finding(
            FindingType.ENTITY,
            Severity.MAJOR,
            0.6,
            f"the candidate names the {noun} '{new}'; the reference names it '{old}'",
            (start, end),
            given[0],
            NAME,
        )


# the encoder's cosine of two bodies' field words ('customs' / 'fisheries' 0.27, 'planning' / 'highways' 0.38) under
# which they name two fields; words of one field in other forms score higher ('trade' / 'commerce' 0.42, 'education' /
# 'schools' 0.72, 'environment' / 'environmental' 0.82)
OTHER_FIELD = 0.40


# kinds of public body whose field word says which one it is ('the customs office'); not associations, unions, firms,
# units or services, whose field words are said many ways ('residents' / 'islanders' associations', 'trade' / 'sector')
_PUBLIC_BODIES = frozenset(
    {
        "office",
        "authority",
        "department",
        "ministry",
        "agency",
        "court",
        "committee",
        "commission",
        "inspectorate",
        "regulator",
        "directorate",
        "bureau",
    }
)


def _tier_words() -> set[str]:
    """Words of a tier of government ('regional', 'city'): the tier check's, no field."""
    return {w for words in lexicon()["government_levels"].values() for w in words} | {"state", "local"}


def _field_words(tok: Token) -> set[str]:
    """The words that say which body of its kind a noun is ('the regional customs office': 'customs'): the nouns of its
    compounds, without words of a tier of government or function words."""
    tiers = _tier_words()
    # (nouns only: adjectives say which one more often than which field, 'the new group', 'the main unions')
    # (nor an owner: "the province's environmental office" is the provincial environment office)
    mods = [c for c in tok.children if c.dep_ in ("compound", "nmod")]
    words = {t.lemma_.lower() for c in mods for t in c.subtree if t.is_alpha and not t.is_stop and t.pos_ == "NOUN"}
    return words - tiers


def _all_modifiers(tok: Token) -> set[str]:
    """Every content word said of a noun before it: compounds, adjectives, owners ('the region's cultural affairs')."""
    tiers = _tier_words()
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    return {t.lemma_.lower() for c in mods for t in c.subtree if t.is_alpha and not t.is_stop} - tiers


def _body_of_another_field(ctx: Context) -> Iterator[Finding]:
    """A body of the same kind as one of the aligned reference sentence, told by another field ('the regional fisheries
    office' / 'the regional customs office', 'the planning committee' / 'the highways committee'), with no modifier in
    common, where neither text has a body of that kind in the other's field anywhere and the encoder keeps the two
    fields apart: another body."""
    heads = _PUBLIC_BODIES
    # (a body of that field and kind anywhere in the other text may be the one meant: 'the veterinary department' named
    # in another sentence; the field word alone elsewhere is not: 'a veterinary inspection')
    ref_bodies = {(w, t.lemma_.lower()) for t in ctx.reference.doc if t.pos_ == "NOUN" for w in _field_words(t)}
    cand_bodies = {(w, t.lemma_.lower()) for t in ctx.candidate.doc if t.pos_ == "NOUN" for w in _field_words(t)}
    seen: set[int] = set()
    for ref_sent, cand_sent in sentence_pairs(ctx):
        for c in cand_sent:
            if c.i in seen or c.pos_ != "NOUN" or c.lemma_.lower() not in heads:
                continue
            mine = _field_words(c)
            for r in ref_sent:
                if r.pos_ != "NOUN" or r.lemma_.lower() != c.lemma_.lower():
                    continue
                theirs = _field_words(r)
                only_mine, only_theirs = mine - theirs, theirs - mine
                head = c.lemma_.lower()
                if not only_mine or not only_theirs or mine & theirs:
                    continue  # (a field word in common: 'animal welfare' / 'animal protection' may be one body)
                if {(w, head) for w in only_mine} & ref_bodies or {(w, head) for w in only_theirs} & cand_bodies:
                    continue
                if any(a[:MIN_STEM] == b[:MIN_STEM] for a in _all_modifiers(c) for b in _all_modifiers(r)):
                    continue  # one word in two forms ('environment' / 'environmental', "the region's cultural" / 'regional culture')
                vectors = load_encoder().encode([" ".join(sorted(only_theirs)), " ".join(sorted(only_mine))])
                if float(vectors[0] @ vectors[1]) >= OTHER_FIELD:
                    continue
                seen.add(c.i)
                mine_span = (c.left_edge.idx, c.idx + len(c.text))
                theirs_span = (r.left_edge.idx, r.idx + len(r.text))
                yield ctx.finding(
                    FindingType.ENTITY,
                    Severity.MAJOR,
                    0.6,
                    f"'{ctx.candidate.text[slice(*mine_span)]}' where the reference has '{ctx.reference.text[slice(*theirs_span)]}': "
                    "a body of another field",
                    mine_span,
                    theirs_span,
                    NAME,
                )
                break


def _owner_phrase(tok: Token) -> tuple[Token, set[str]] | None:
    """The common noun that owns `tok` by a possessive ('the haulage firm's insurer') and its phrase's content lemmas;
    None for a name or a pronoun."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ not in ("NOUN", "PROPN") or owner.ent_type_:
        return None  # (a common noun the tagger may capitalise, 'the parish council's'; not a name)
    words = [t for t in owner.subtree if t.is_alpha and not t.is_stop and t.dep_ != "case"]
    return owner, {t.lemma_.lower() for t in words} | {t.lower_ for t in words}  # ('Women' / 'women', as tagged)


def _bare_owner(owner: tuple[Token, set[str]]) -> bool:
    """An owner told by one noun alone ('the company's', "the acquirer's"), which may stand for a party the text names."""
    return len(owner[1] - {owner[0].lower_}) <= 1 and owner[0].pos_ == "NOUN"


def _owners_described(doc, noun: Token) -> set[str]:
    """The words of each name that the noun's word describes, set just before it, where the name owns something in the
    text ('workers at online retailer Parcelo's centre', 'software company Quorra ... Quorra's offices'): a bare 'the
    company's', or the name itself, may be that owner. Not a name that owns nothing there ('Supermarket chain
    Brightbasket, the firm's main customer')."""
    owners = {t.lower_ for t in doc if t.pos_ == "PROPN" and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS"}
    out: set[str] = set()
    for t in doc:
        if t.pos_ != "NOUN" or t.lemma_.lower() != noun.lemma_.lower():
            continue
        j = t.i + 1
        while j < len(doc) and doc[j].pos_ == "PROPN":
            j += 1
        name = doc[t.i + 1 : j]
        if len(name) and any(w.lower_ in owners for w in name):
            out |= {w.lemma_.lower() for w in name} | {w.lower_ for w in name}
    return out


def _owner_of_another_kind(ctx: Context) -> Iterator[Finding]:
    """A thing the aligned reference sentence gives to one party given to another the reference names elsewhere, both
    called by common nouns ('The haulage firm's insurer has agreed to pay' / 'The parish council's insurer has agreed
    to pay', the parish council being the text's other party): the two owners share no word, the candidate's owner is
    a phrase of the reference, and the reference's owner is named nowhere in the candidate's sentence."""
    ref_text = fold(ctx.reference.text)
    for ref_sent, cand_sent in sentence_pairs(ctx):
        cand_words = {t.lemma_.lower() for t in cand_sent}
        for c in cand_sent:
            mine = _owner_phrase(c) if c.pos_ == "NOUN" else None
            if mine is None:
                continue
            for r in ref_sent:
                theirs = _owner_phrase(r) if r.pos_ == "NOUN" and r.lemma_.lower() == c.lemma_.lower() else None
                if theirs is None or mine[1] & theirs[1] or theirs[0].lemma_.lower() in cand_words:
                    continue
                if lexical.synonym(mine[0].lemma_, theirs[0].lemma_):
                    continue
                phrase, other = (" ".join(t.text for t in o.subtree if t.dep_ not in ("case", "det")) for o in (mine[0], theirs[0]))
                if len(mine[1]) < 2 or fold(phrase) not in ref_text:
                    continue  # (a party of two words the reference names itself: 'the parish council')
                described = _owners_described(ctx.reference.doc, mine[0])
                if described and (_bare_owner(theirs) or theirs[1] <= described):
                    continue  # 'the company's sites' / "the online retailer's sites", the reference's 'online retailer Parcelo'
                yield ctx.finding(
                    FindingType.ENTITY,
                    Severity.MAJOR,
                    0.6,
                    f"the candidate's '{c.text}' is the {phrase}'s; the reference's, the {other}'s",
                    (mine[0].left_edge.idx, c.idx + len(c.text)),
                    (theirs[0].left_edge.idx, r.idx + len(r.text)),
                    NAME,
                )
                break
