"""Attribution: the same claim given to another named source, or a reported claim stated as fact.

A reported claim stated as fact: the reference sentence passes its content on as someone's ('organisers said
40,000 took part', 'according to the indictment, ...') and the aligned candidate sentence says it with no source
at all (no speech verb, no 'according to', no quotation, no 'reportedly'). A minor note: faithful rewrites drop
an organisation's 'it said' about its own plans often enough that the loss alone is no evidence of an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from factdiff.analyse.claims import Frame, described_beside, hearsay, word_lists
from factdiff.analyse.document import Document
from factdiff.analyse.embed import load_encoder
from factdiff.analyse.entities import described_before, supported
from factdiff.analyse.knowledge import fold, lexicon, titles
from factdiff.analyse.lexical import noun_verbs, paraphrase, verb_lemma
from factdiff.checks.base import Context
from factdiff.checks.entities import titles_of
from factdiff.checks.modality import by_estimate
from factdiff.checks.polarity import sentence_pairs, spacy_sentence
from factdiff.model import Finding, FindingType, Severity

NAME = "attribution"

# the share of content words (of both claims together) two attributed claims must have in common to be one claim
SAME_CLAIM = 0.3
# ... or the cosine of their clauses (MiniLM) from which they say one thing in other words ('the repairs should secure
# them for at least 50 years' / 'the repairs should make them safe for at least half a century': 0.82; two claims of
# one story, 'the bridge would reopen in May' / 'the bridge would stay closed until the summer': 0.75)
SAME_CLAIM_MEANING = 0.8
# where a sentence gives several claims, one pairs with another only when their words agree by this much more (of the
# share above) than with any other claim
CLEARLY_MORE = 0.15
# a claim found in a candidate sentence the alignment did not pair with its own shares this much of its words with it
MOVED_CLAIM = 0.45
# the cosine (MiniLM) of the words two speakers named by nouns do not share, from which they are one source in other
# words: 'municipality' / 'city council' 0.66, 'firms' / 'companies' 0.85; two sources, 'regional government' /
# 'environment ministry' 0.35, 'vice-chancellor' / 'union officials' 0.39, 'agent' / 'father' 0.34 (on the read
# independent sets, every noted change of source that was an annotated error scored under 0.40; 58 of the 99 that were
# none scored 0.45 or more)
SAME_SOURCE_MEANING = 0.45


def _unnamed_source(ctx: Context, rf: Frame, cf: Frame, seen: set[tuple[int, int]]) -> Iterator[Finding]:
    """'the ministry said' -> 'the opposition said': another kind of source, named by a noun only."""
    rs, cs = rf.speaker, cf.speaker
    if not rs.lemma.isalpha() or not cs.lemma.isalpha():
        return
    if rs.lemma == cs.lemma:
        return
    near = ctx.refs_for(cf.sent)
    if any(s.lemmas & {cs.lemma} for s in ctx.reference.sentences if s.index in near):
        return
    phrase = re.findall(r"[a-z]{4,}", fold(ctx.reference.text[rs.start : rs.end]))
    if paraphrase(rs.lemma, cs.lemma) or any(cs.lemma.startswith(w) for w in phrase):
        return  # 'the proprietor' / 'the owner', 'hoteliers' / 'hotel owners': one source in other words
    if _one_source_reworded(ctx.reference.text[rs.start : rs.end], ctx.candidate.text[cs.start : cs.end]):
        return  # 'the municipality' / 'the city council', 'Confectioners' / 'Confectionery makers': one source, reworded
    if (cs.start, cs.end) in seen:
        return
    seen.add((cs.start, cs.end))
    yield ctx.finding(
        FindingType.ATTRIBUTION,
        Severity.MINOR,
        0.5,
        f"the candidate attributes this to '{ctx.candidate.text[cs.start : cs.end]}'; "
        f"the reference to '{ctx.reference.text[rs.start : rs.end]}'",
        (cs.start, cs.end),
        (rs.start, rs.end),
        NAME,
    )


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


def _one_source_reworded(ref_words: str, cand_words: str) -> bool:
    """Two speakers named by nouns that the encoder puts together once the words they share are set aside ('the two
    firms' / 'the two companies': 'firms' / 'companies'; but "the player's agent" / "the player's father": 'agent' /
    'father', another source)."""
    a, b = (re.findall(r"[\w'-]+", x.lower()) for x in (ref_words, cand_words))
    shared = (set(a) & set(b)) | _DETERMINERS
    a_left, b_left = " ".join(w for w in a if w not in shared), " ".join(w for w in b if w not in shared)
    if not a_left or not b_left:
        return False  # one named inside the other's words: the paraphrase test above decides
    vectors = load_encoder().encode([a_left, b_left])
    return float(vectors[0] @ vectors[1]) >= SAME_SOURCE_MEANING


def _kinds(tok: Token) -> set[str]:
    """The words that say which one of its kind a noun is ('the transport ministry', 'the federal court')."""
    return {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod") and c.is_alpha}


def _other_kind(ctx: Context, rs, cs, seen: set[tuple[int, int]]) -> Iterator[Finding]:
    """'the ministry said' -> 'the finance ministry said' where the reference's ministry is the transport ministry:
    the candidate names another one of the kind, with a word the reference never uses."""
    head = ctx.candidate.doc[cs.head_i]
    if not head.text.islower() or not ctx.reference.doc[rs.head_i].text.islower():
        return  # a name ('Rail Now') is the same source whatever is said of it
    said = _kinds(head)
    ref_words = {t.lemma_.lower() for t in ctx.reference.doc}
    new = said - ref_words
    others = [t for t in ctx.reference.doc if t.lemma_.lower() == cs.lemma and _kinds(t) - said]
    if not new or not others or (cs.start, cs.end) in seen:
        return
    seen.add((cs.start, cs.end))
    other = others[0]
    phrase = ctx.reference.text[other.left_edge.idx : other.idx + len(other.text)]
    yield ctx.finding(
        FindingType.ATTRIBUTION,
        Severity.MINOR,
        0.5,
        f"the candidate attributes this to '{ctx.candidate.text[cs.start : cs.end]}'; the reference's {cs.lemma} is '{phrase}'",
        (cs.start, cs.end),
        (rs.start, rs.end),
        NAME,
    )


def _pairs(ctx: Context) -> Iterator[tuple[Frame, Frame]]:
    """Claims matched across the texts, each with its speaker, plus the lone 'X said' of two aligned
    sentences, whose contents may be worded too differently to match frame by frame."""
    for rf, cf, _ in ctx.frame_pairs:
        if not (rf.is_speech or cf.is_speech):
            yield rf, cf
    speech = {}
    for f in ctx.reference.frames:
        if f.is_speech and f.governor is None and not f.nominal:
            speech.setdefault(f.sent, []).append(f)
    for cf in ctx.candidate.frames:
        if not cf.is_speech or cf.governor is not None or cf.nominal:
            continue
        if sum(1 for f in ctx.candidate.frames if f.sent == cf.sent and f.is_speech and f.governor is None) != 1:
            continue
        refs = [f for r in ctx.refs_for(cf.sent) for f in speech.get(r, [])]
        if len(refs) == 1 and refs[0].by_role("agent") and cf.by_role("agent") and _shares_content(ctx, refs[0], cf):
            yield _as_claim(refs[0]), _as_claim(cf)


def _shares_content(ctx: Context, rf: Frame, cf: Frame) -> bool:
    """Two sentences with one 'X said' each say some of the same things besides who says them: two content words in
    common outside the speakers (a summary's sentence aligned to a speech of the reference on another matter, beside
    the sentence it renders, is no claim moved)."""

    def words(doc: Document, f: Frame) -> set[str]:
        speaker = [(a.start, a.end) for a in f.by_role("agent")]
        sent = doc.sentences[f.sent]
        toks = doc.doc[sent.token_start : sent.token_end]
        return {
            t.lemma_.lower()
            for t in toks
            if t.is_alpha
            and not t.is_stop
            and t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM")
            and not any(a <= t.idx < b for a, b in speaker)
            and t.i != f.pred_i
        }

    return len(words(ctx.reference, rf) & words(ctx.candidate, cf)) >= 2


def _as_claim(speech: Frame) -> Frame:
    """A speech frame seen as its own claim, with its subject as the speaker."""
    return replace(speech, speaker=speech.by_role("agent")[0], is_speech=False)


_QUOTES = set('"\u201c\u201d\u00ab\u00bb')


def _sources(sent: SpacySpan) -> list[Token]:
    """The words that make a sentence someone's account: speech verbs with a clause or object, 'according to'."""
    lex = lexicon()
    speech, reportive = set(lex["speech_predicates"]), set(lex["reportive_hedges"])
    out = []
    for t in sent:
        if t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in speech or verb_lemma(t) in speech):  # 'pointed out that
            if not _in_condition(t):
                out.append(t)
        elif t.pos_ == "NOUN" and set(noun_verbs(t.lemma_.lower())) & speech and _with_clause(t):
            out.append(t)  # 'gives assurances that ...', 'repeated its claim that ...': the noun of a speech verb
        elif t.lower_ == "according" or (t.lower_ in reportive and t.pos_ == "ADV"):
            out.append(t)
    return out


_CONDITION_MARKS = frozenset({"until", "unless", "if", "once", "till"})


def _in_condition(verb: Token) -> bool:
    """The verb sets a condition or an end, not a source ('will stay shut until tests confirm it is clear', 'unless the
    board announces a delay'): nothing passed on as someone's account."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in verb.children)


def _with_clause(noun: Token) -> bool:
    """The noun has a 'that' clause, its own or hung on the verb it is the object of ('gives assurances that ...')."""
    return any(c.dep_ in ("acl", "ccomp") for c in noun.children) or (
        noun.dep_ == "dobj" and any(c.dep_ == "ccomp" for c in noun.head.children)
    )


def _instruction(verb: Token) -> bool:
    """'have been told to stay at home', 'were asked to leave': what someone was told to do, no account of a fact."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    clauses = {c.dep_ for c in verb.children}
    # ('has told the landlord to review all complaints', 'asked residents to leave': the same, said of the one told)
    infinitive = any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)
    directive = verb.lemma_.lower() in {"tell", "order", "instruct", "direct", *lexicon()["directive_predicates"]}
    told = "dobj" in clauses and infinitive and directive
    return (passive or told) and not hearsay(verb) and "xcomp" in clauses and "ccomp" not in clauses


def _reports(sent: SpacySpan, beliefs: bool = False) -> bool:
    """The sentence passes something on: a source, a quotation, or a passive of saying or reckoning ('is said to',
    'is calculated to pass'), which leaves the claim someone's; with `beliefs`, also a belief its subject holds ('The
    management does not anticipate any job cuts')."""
    if bool(_sources(sent)) or any(ch in _QUOTES for ch in sent.text) or any(hearsay(t) for t in sent):
        return True
    # 'the force described it as the biggest seizure', 'called it a disgrace': its subject's view, in the sentence's own
    # clause (not 'residents called for patrols', 'which locals call the Iron Span')
    describing = lexicon()["description_predicates"]

    def view(t: Token) -> bool:
        said_as = any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in t.children)
        main = t.dep_ == "ROOT" or (t.dep_ == "conj" and t.head.dep_ == "ROOT")
        return t.lemma_.lower() in describing and main and said_as and any(c.dep_ == "nsubj" for c in t.children)

    # 'the court found that he had bought shares': what a party's finding holds, a source as 'according to the
    # judgement' is (lexicon `evidence_predicates`, with a subject and a 'that' clause)
    evidence = lexicon()["evidence_predicates"]

    def found(t: Token) -> bool:
        clause = [c for c in t.children if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        return t.lemma_.lower() in evidence and bool(clause) and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in t.children)

    # 'the office attributed part of the drop to a new scheme', 'blamed the fall on a wet July': its subject's account
    # of a cause (lexicon `explanation_predicates`), as 'officials said the decline was partly due to' is
    explaining = lexicon()["explanation_predicates"]

    def explained(t: Token) -> bool:
        names = {t.lemma_.lower(), *(f"{t.lemma_.lower()} {c.lower_}" for c in t.children if c.dep_ == "prt")}
        main = t.dep_ == "ROOT" or (t.dep_ == "conj" and t.head.dep_ == "ROOT")
        # (the cause's 'to' on the verb or on its object, as the parse hangs it: 'attributed part of the drop to X')
        objects = [x for c in t.children if c.dep_ == "dobj" for x in c.subtree]
        cause = any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "on") for c in [*t.children, *objects])
        return bool(names & set(explaining)) and main and cause and any(c.dep_ == "nsubj" for c in t.children)

    # 'The management does not anticipate any job cuts': its subject's expectation, as 'the laboratory said it did not
    # expect any' is (a verb of belief at the top of the sentence, with a subject of its own)
    belief = word_lists()["belief"]

    def believed(t: Token) -> bool:
        main = t.dep_ == "ROOT" or (t.dep_ == "conj" and t.head.dep_ == "ROOT")
        return beliefs and t.lemma_.lower() in belief and main and any(c.dep_ == "nsubj" for c in t.children)

    return any(view(t) or found(t) or explained(t) or believed(t) for t in sent if t.pos_ == "VERB")


def _told_as_fact(ctx: Context) -> Iterator[Finding]:
    """Only where the candidate drops the source altogether: not in the sentence, not named there as an actor ('the
    ministry will raise fees' for 'the ministry said it would raise fees' keeps who says so), and no neighbouring
    candidate sentence reports speech that its own reference sentences do not (an attribution moved to the sentence
    before or after)."""
    cand_sents, ref_sents = list(ctx.candidate.doc.sents), list(ctx.reference.doc.sents)
    reporting = [_reports(s) for s in cand_sents]

    def own_report(sent: SpacySpan, ref_index: int) -> bool:
        """The sentence reports speech because its own reference sentences do ('Tarvo said it had suspended the two'
        for 'Tarvo said it had suspended the two managers'): no attribution moved into it."""
        refs = ctx.refs_for(ctx.candidate.sentence_at(sent.start_char))
        spans = [spacy_sentence(ctx.reference, ref_sents, r) for r in refs]
        return bool(refs) and ref_index not in refs and all(s is not None and _reports(s) for s in spans)

    for ref_sent, cand_sent in sentence_pairs(ctx):
        sources = [t for t in _sources(ref_sent) if t.lower_ == "according" or any(c.dep_ in ("ccomp", "xcomp") for c in t.children)]
        sources = [t for t in sources if not _instruction(t)]
        if not sources or _reports(cand_sent, beliefs=True):
            continue
        n = next(i for i, s in enumerate(cand_sents) if s.start == cand_sent.start)
        ref_index = ctx.reference.sentence_at(ref_sent.start_char)
        if any(reporting[i] and not own_report(cand_sents[i], ref_index) for i in (n - 1, n + 1) if 0 <= i < len(cand_sents)):
            continue
        if n + 1 < len(cand_sents) and _continues(cand_sents[n + 1]):
            continue  # '... The plant will use X. It could double output, the company added': the company's, still
        source = sources[0]
        if _renders_another(ctx, cand_sent, ref_index):
            continue  # the sentence says another reference sentence ('... X gives assurances'), linked here for a name
        if _told_by_noun(cand_sent, source):
            continue  # 'after the American announcement of a 25% duty' / 'after the United States announced a 25% tariff'
        if source.lower_ == "according":
            who_tokens = [t for t in source.subtree if t.i != source.i]
        else:
            speaker = source
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in source.children) and source.dep_ in ("advcl", "conj", "xcomp"):
                speaker = source.head  # 'X urged drivers to compare quotes, noting that ...': X notes it
            who_tokens = [t for c in speaker.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
        heads = {t.lemma_.lower() for t in who_tokens if t.pos_ in ("NOUN", "PROPN")}
        if heads & {t.lemma_.lower() for t in cand_sent}:
            continue
        # (or by the name the reference's description stands for: 'The company said the rise reflected ...' / 'Northway
        # attributed the rise to ...')
        here = {m.cid for m in ctx.candidate.entities if m.cid and cand_sent.start_char <= m.start < cand_sent.end_char}
        if source.lower_ != "according" and _stands_for(ctx.reference, source) & here:
            continue
        if _their_view(cand_sent):
            continue  # 'In their view, the camp was used in summer': the account of those the text speaks of
        if _speaker_acts_here(ctx, source, cand_sent):
            continue  # 'The company apologised and said ...' / 'Veltron apologised, blaming ...': the speaker, named
        who = " ".join(t.text for t in who_tokens) or source.text
        # the statement's core: its subject and verb ('Some 40,000 people took part'), not every detail after it
        root = cand_sent.root
        core = ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "neg", "prt")
        parts = [root, *(t for c in root.children if c.dep_ in core for t in c.subtree)]
        start, end = min(t.idx for t in parts), max(t.idx + len(t.text) for t in parts)
        # a source of its own (a witness, an economist, an indictment) vouched for it: without it the claim is the
        # text's; a pronoun ('it warned') is the statement's own subject speaking, a note, and so is 'the company'
        # announcing what a named body did ('Tipos Ferraz has released a typeface, the company announced')
        severity = Severity.MAJOR if heads and not _own_account(source, who_tokens) else Severity.MINOR
        pronoun = any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in root.children)
        if pronoun and n > 0 and heads & {t.lemma_.lower() for t in cand_sents[n - 1]}:
            severity = Severity.MINOR  # 'It has not yet found the source' after '..., Aquaris said': its own account
        nouns = {t.lemma_.lower() for t in who_tokens if t.pos_ == "NOUN"}
        # the last sentence before that reports anyone: its speaker goes on through the plain sentences after it
        last = next((k for k in range(n - 1, -1, -1) if reporting[k]), n - 1)
        # (or a body by the noun its name holds: 'The union said ...' after '..., the Staff Union (UCSU) announced')
        named_before = n > 0 and bool(nouns) and nouns <= _speaker_words(cand_sents[last])
        if n > 0 and (_who(ctx.reference, who_tokens) & _speakers(ctx.candidate, cand_sents[last]) or named_before):
            # '..., medical director Dr Achterberg announced. Located in Ashby, each clinic will provide ...': the
            # speaker of the sentence before goes on, as news writes it
            severity = Severity.MINOR
        yield ctx.finding(
            FindingType.ATTRIBUTION,
            severity,
            0.5,
            f"the reference gives this as what {who} {'said' if source.lower_ == 'according' else source.text}; "
            "the candidate states it as fact",
            (start, end),
            (ref_sent.start_char, ref_sent.end_char),
            NAME,
        )


def _speaker_acts_here(ctx: Context, source: Token, sent: SpacySpan) -> bool:
    """The reference's speaker does a deed beside the speaking ('the company apologised and said ...') and the
    candidate sentence's main verb is that deed, done by a name the reference gives ('Veltron apologised, blaming ...'):
    the speaker named as the one who acts (a description the resolver could not tie to its name)."""
    deeds = {t.lemma_.lower() for t in source.conjuncts if t.pos_ == "VERB"}
    root = sent.root
    if root.lemma_.lower() not in deeds:
        return False
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    named = {m.cid for m in ctx.candidate.entities if m.cid for s in subjects if m.token_start <= s.i < m.token_end}
    # (a party the reference has act, a subject or set beside one, 'The vessel's operator, X, said': not one a deed is
    # done to, 'took over the plant from X'; and the one the resolver tied the description to, where that one acts too)
    doc = ctx.reference.doc
    acting = set()
    for m in ctx.reference.entities:
        root_tok = doc[m.token_start : m.token_end].root
        if m.cid and (
            root_tok.dep_ in ("nsubj", "nsubjpass") or (root_tok.dep_ == "appos" and root_tok.head.dep_ in ("nsubj", "nsubjpass"))
        ):
            acting.add(m.cid)
    resolved = _stands_for(ctx.reference, source) & acting
    return bool(named & acting) and (not resolved or bool(named & resolved))


def _told_by_noun(sent: SpacySpan, source: Token) -> bool:
    """The candidate sentence tells the report by the noun of the reference's verb of speech, with what was said after
    its 'of' ('the announcement of a 25% duty' for 'announced a 25 percent tariff'): the report kept."""
    verb = source.lemma_.lower()
    return any(
        t.pos_ == "NOUN" and verb in noun_verbs(t.lemma_.lower()) and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        for t in sent
    )


def _who(doc: Document, tokens: list[Token]) -> set[str]:
    """A speaker by the names in its words ('Northway Rail chief Jo Grant': Northway Rail, Jo Grant), or by its head
    noun where it has no name ('the council')."""
    at = {t.i for t in tokens}
    names = {m.cid for m in doc.entities if m.cid and any(i in at for i in range(m.token_start, m.token_end))}
    heads = [t for t in tokens if t.head.i not in at or t.head.i == t.i]
    return names or {f"noun:{t.lemma_.lower()}" for t in heads if t.pos_ == "NOUN"}


def _speakers(doc: Document, sent: SpacySpan) -> set[str]:
    """Who speaks in the sentence (as `_who` tells them): its speech verbs' subjects, 'according to X'."""
    out: set[str] = set()
    for verb in _attributions(sent):
        source = _source(verb)
        if source is not None:
            out |= _who(doc, list(source.subtree))
    return out


def _speaker_words(sent: SpacySpan) -> set[str]:
    """The lemmas of the words that name who speaks in the sentence (its speech verbs' subjects, 'according to X')."""
    out: set[str] = set()
    for verb in _attributions(sent):
        source = _source(verb)
        if source is not None:
            out |= {t.lemma_.lower() for t in source.subtree}
    for verb in _sources(sent):
        # '..., the Staff Union (UCSU) announced on Tuesday.': the words between the last comma and a speech verb
        # that ends the sentence, whatever the parse hung them on
        before = []
        for t in reversed(sent.doc[sent.start : verb.i]):
            if t.lower_ == ",":
                break
            before.append(t)
        named = bool(before) and all(t.pos_ in ("DET", "PROPN", "NOUN", "ADJ", "CCONJ", "PUNCT") for t in before)
        if verb.pos_ == "VERB" and named and len(before) < verb.i - sent.start:
            out |= {t.lemma_.lower() for t in before}
    return out


def _their_view(sent: SpacySpan) -> bool:
    """The sentence is given as someone's view or estimate ('in their view', 'by its estimate') held by a pronoun:
    the source the sentences round it name. A view held by a named party ('in the court's view') is another source."""
    if not by_estimate(sent):
        return False
    nouns = lexicon()["belief_nouns"]
    return any(t.lemma_.lower() in nouns and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children) for t in sent)


def _renders_another(ctx: Context, cand_sent: SpacySpan, ref_index: int) -> bool:
    """The candidate sentence is most like another reference sentence than `ref_index`, and that one is linked to it
    too: it renders that one, and the link to this one is a secondary one (a shared name, a neighbour)."""
    c = ctx.candidate.sentence_at(cand_sent.start_char)
    sim = ctx.alignment.similarity
    best = int(np.argmax(sim[:, c]))
    return best != ref_index and best in ctx.refs_for(c) and sim[best, c] - sim[ref_index, c] >= 0.1


def _own_account(source: Token, who: list[Token]) -> bool:
    """The speaker is 'the' + a noun ('the company', 'the club') and the statement's subject a name, or the speaker a
    name and the statement's subject 'it' or 'we': the body telling what it did or will do itself, as news writes it
    ('X has opened a plant, the company said', 'X said it would hold an event')."""
    nouns = [t for t in who if t.pos_ in ("NOUN", "PROPN")]
    clauses = [c for c in source.children if c.dep_ == "ccomp"] or ([source.head] if source.dep_ in ("parataxis", "ccomp") else [])
    subjects = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    if nouns and all(t.pos_ == "PROPN" for t in nouns) and any(s.lower_ in ("it", "we") for s in subjects):
        return True  # 'Greywater said it would hold an event': a body telling what it will do itself
    if len(nouns) != 1 or nouns[0].pos_ != "NOUN" or not any(t.lower_ == "the" for t in who):
        return False
    belief = word_lists()["belief"]
    # (a copula only with a phrase of where the body stands, 'said it was in talks with the diocese', not an opinion)
    placed = [c for c in clauses if c.lemma_.lower() == "be" and any(k.dep_ == "prep" for k in c.children)]
    deeds = [c for c in clauses if c.lemma_.lower() not in belief and c.lemma_.lower() != "be"] + placed
    if nouns[0].lemma_.lower() in lexicon()["org_generic_heads"] and any(s.lower_ in ("it", "we") and s.head in deeds for s in subjects):
        # 'The company said it would keep 30 phone boxes': the body telling what it will do itself (not what it thinks,
        # 'said it thought the rain had caused it', nor 'said it was likely that')
        return True
    if nouns[0].lemma_.lower() in lexicon()["org_generic_heads"] and _names_itself(clauses, source.doc):
        return True  # 'Around 60 staff will be offered roles at Draycott's centre, the company said': its own plans
    # the subject a name, or a noun with its name in apposition ('the toy maker Brindle Works, based in ...'), or a
    # thing the text calls the body's own elsewhere ('it will reopen its second kiln' ... 'The kiln will run at half
    # capacity, the company said')
    owned = {t.head.lemma_.lower() for t in source.doc if t.dep_ == "poss" and t.lower_ in ("its", "our")}
    return any(
        s.pos_ == "PROPN" or any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in s.children) or s.lemma_.lower() in owned for s in subjects
    )


def _names_itself(clauses: list[Token], doc) -> bool:
    """A clause that names as an owner ('Draycott's engineering centre') a body the text's first sentence names: a
    company telling of its own sites and staff."""
    first = next(iter(doc.sents), None)
    if first is None:
        return False
    words = {t.lower_ for t in first if t.pos_ == "PROPN"}
    return any(t.dep_ == "poss" and t.pos_ == "PROPN" and t.lower_ in words for c in clauses for t in c.subtree)


def _continues(sent: SpacySpan) -> bool:
    """The sentence goes on with what someone was saying: 'the company added', 'she also said' (a speaker's account
    carried over from the sentence before, as news writes it)."""
    speech = set(lexicon()["speech_predicates"])
    for t in sent:
        if t.pos_ != "VERB" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        if not (t.dep_ == "parataxis" or any(c.dep_ in ("ccomp", "parataxis") for c in t.children)):
            continue  # 'the firm added 200 jobs': no account
        if t.lemma_.lower() == "add" or (t.lemma_.lower() in speech and any(c.lower_ == "also" for c in t.children)):
            return True
    return False


def _speaker(verb: Token) -> Token | None:
    """The subject of a speech verb, or of the verb it is joined to ('X accused her and said ...'); the noun of an aside
    the parse read as a relative ('..., the lender announced on Monday, its third rise')."""
    if _aside(verb):
        return verb.head
    speech = lexicon()["speech_predicates"]
    own = any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children)
    told = verb.head.head if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and not own else None
    if told is not None and verb.lemma_.lower() in speech and told.lemma_.lower() in speech and verb.head.lemma_.lower() not in speech:
        # 'X said the average age was over 55 and warned that ...': the parse hung the second telling on the first's clause
        return _speaker(told)
    # (or of the verb a participle of saying hangs on: 'X warned that ..., adding that ...')
    for v in (verb, verb.head if verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG") else None):
        if v is None:
            continue
        # 'X has been informed by Y that ...': the one named in the passive's 'by' phrase speaks, not the one told
        by = [o for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if by:
            return by[0]
        subject = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subject:
            return subject[0]
    return None


def _named(doc, tok: Token) -> set[str]:
    """The names that are the speaker, not what modifies it ('Karsten Rail's chief executive' is no one named)."""
    return {m.cid for m in doc.entities if m.token_start <= tok.i < m.token_end and m.cid}


def _according_to(word: Token) -> Token | None:
    """The source of 'according to X': X's head word."""
    if word.lower_ != "according":
        return None
    return next((p for to in word.children if to.lower_ == "to" for p in to.children if p.dep_ == "pobj"), None)


def _attributions(sent: SpacySpan, estimates: bool = False) -> list[Token]:
    """The words that give a sentence's content a source: a speech verb with its clause, or 'according to X'; with
    `estimates`, a verb of reckoning with its subject and clause too ('the port authority estimates that ...')."""
    found = [
        t
        for t in _sources(sent)
        if _according_to(t) is not None or any(c.dep_ in ("ccomp", "xcomp") for c in t.children) or _object_clause(t) or _parenthetical(t)
    ]
    found += [t for t in _sources(sent) if t not in found and (_said_in(t) or _aside(t))]
    if estimates and not found:  # a reckoning inside someone's account is the account's ('X said coins suggested ...')
        belief = word_lists()["belief"]
        found += [
            t
            for t in sent
            if t.pos_ == "VERB" and t.lemma_.lower() in belief and any(c.dep_ == "ccomp" for c in t.children) and _speaker(t) is not None
        ]
    if estimates:
        # ('auditors blamed outdated IT systems': its subject's account of a cause, lexicon `explanation_predicates`)
        explaining = set(lexicon()["explanation_predicates"])
        found += [
            t
            for t in sent
            if t.pos_ == "VERB"
            and t.lemma_.lower() in explaining
            and t not in found
            and any(c.dep_ == "nsubj" for c in t.children)
            and any(c.dep_ in ("dobj", "xcomp") for c in t.children)  # ('blamed ageing IT systems', 'ageing' an xcomp)
        ]
    # a demand ('called for a review') as its subject's claim, but not one joined to a verb of the same speaker ('blamed
    # low prices and called for a review': the one speaker goes on)
    found += [
        t
        for t in sent
        if t not in found
        and _demanded_for(t)
        and not _in_condition(t)
        and not (t.dep_ == "conj" and t.head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children))
    ]
    return sorted(found, key=lambda t: t.i)


def _asked(verb: Token) -> list[Token]:
    """What a verb of asking asks for after 'for' ('called for the money to be returned', 'pressed for an inquiry';
    lexicon `directive_predicates`): the object of 'for', or the clause the parse may mark with it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon()["directive_predicates"]:
        return []
    asked = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    asked += [c for c in verb.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
    return asked


def _demanded_for(verb: Token) -> bool:
    """A verb of asking with what it asks for (`_asked`): its subject's demand, as 'said the money should be returned'
    is."""
    return bool(_asked(verb))


def _aside(verb: Token) -> bool:
    """A past-tense speech verb the parse hangs on the noun before it ('..., the lender announced on Monday, its third
    rise'): no relative clause can be past tense without a subject, so it is an aside naming the source, its noun the
    speaker, set off by a comma."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i > verb.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp") for c in verb.children):
        return False
    edge = verb.head.left_edge.i
    return edge > verb.sent.start and verb.doc[edge - 1].text == ","


def _said_in(verb: Token) -> list[Token]:
    """The 'that' clause the parse hangs on the medium a speaker spoke in ('said in a statement that the delays were
    ...'): what was said."""
    media = (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj")
    clauses = [a for o in media for a in o.children if a.dep_ in ("acl", "ccomp")]
    return [a for a in clauses if any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)]


def _parenthetical(verb: Token) -> bool:
    """A speech verb with its subject set off in the clause it reports ('X will pay for it, the council said'): the
    parse hangs it on that clause's verb."""
    return (
        (verb.dep_ == "parataxis" or _closing_aside(verb))
        and verb.pos_ == "VERB"
        and verb.head.pos_ in ("VERB", "AUX")
        and verb.lemma_.lower() in lexicon()["speech_predicates"]
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


def _closing_aside(verb: Token) -> bool:
    """A speech verb that closes its sentence after a comma, with no clause or mark of its own ('..., the diocese
    says.'), which the parse may hang on any verb before it as a clause of its own: a parenthetical all the same."""
    if verb.dep_ != "advcl" or verb.i < verb.head.i or any(c.dep_ in ("mark", "ccomp", "xcomp", "dobj") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    closes = after is None or after.is_sent_end or after.text in (".", "!", "?")
    return subject is not None and subject.left_edge.i > 0 and verb.doc[subject.left_edge.i - 1].text == "," and closes


def _object_clause(verb: Token) -> list[Token]:
    """A clause without 'that' the parse read as the speech verb's object with a verb hung on it ('said the programme
    aimed to ...': 'programme' the object, 'aimed' its modifier): the object, whose subtree is what was said. Only a
    finite verb without a subject of its own makes it a clause ('described the plan approved on Monday' is an object), or
    after 'say', whose object is never a thing done ('said a few words'), a past form the parse took for a participle."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon()["speech_predicates"]:
        return []
    forms = ("VBD", "VBZ", "VBP", "VBN") if verb.lemma_.lower() == "say" else ("VBD", "VBZ", "VBP")
    return [
        o
        for o in verb.children
        if o.dep_ == "dobj" and any(a.dep_ in ("acl", "relcl") and a.tag_ in forms and a.i > o.i and _subjectless(a) for a in o.children)
    ]


def _subjectless(verb: Token) -> bool:
    """A verb with no subject and no relative word of its own ('the plan which ...', 'the plan she drew up', 'the place
    where ...'): the noun before it is its subject."""
    return not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") or t.dep_ in ("nsubj", "nsubjpass") for t in verb.children)


def _phrase_span(noun: Token) -> tuple[int, int]:
    """The characters of a speaker's phrase, without a relative clause on it ('Sartori, 68, who has trained ...': 'Sartori,
    68'; 'The inspection, led by X,' keeps who led it)."""
    clauses = {t.i for c in noun.children if c.dep_ == "relcl" and c.i > noun.i for t in c.subtree}
    if not clauses:
        return noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text)
    words = [t for t in noun.subtree if t.i not in clauses]
    end = next((n for n, t in enumerate(words) if t.i > noun.i and t.i - 1 in clauses), len(words))
    kept = words[:end]
    while len(kept) > 1 and kept[-1].is_punct:
        kept.pop()
    return kept[0].idx, kept[-1].idx + len(kept[-1].text)


def _source(word: Token) -> Token | None:
    return _according_to(word) if word.lower_ == "according" else _speaker(word)


def _speaker_changed(ctx: Context) -> Iterator[Finding]:
    """The one source of the reference sentence and of its aligned candidate sentence (a speech verb's subject, or
    'according to X') are two different named parties, both of whom the reference names ('Patel said fares would
    rise' -> 'Mulroy warned that fares would rise', '..., according to Mulroy'): the claim moved to someone else."""
    ref_named = {m.cid for m in ctx.reference.entities}
    paired: set[int] = set()
    for ref_sent, cand_sent in sentence_pairs(ctx):
        ref_verbs, cand_verbs = _attributions(ref_sent, estimates=True), _attributions(cand_sent, estimates=True)
        if len(cand_verbs) > 1:
            # '..., Mara Tilbury said, adding that ...': a speech verb without a subject of its own goes on with the
            # speaker of the one it hangs on; one speaker, one claim to weigh
            cand_verbs = [v for v in cand_verbs if v.lower_ == "according" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)]
            # '..., according to Rob Lask, who added that ...': the relative clause's speaker is the one just named
            sources = {t.i for v in cand_verbs if v.dep_ != "relcl" and _source(v) is not None for t in _source(v).subtree}
            named_after = [m for v in cand_verbs if v.dep_ != "relcl" for m in _name_after(ctx.candidate, _source(v))]
            sources |= {i for m in named_after for i in range(m.token_start, m.token_end)}
            cand_verbs = [v for v in cand_verbs if not (v.dep_ == "relcl" and v.head.i in sources)]
        # 'residents were told to keep windows closed, ..., according to the agency': a bidding without a source
        # beside a sourced claim gives the sentence no second source
        ref_verbs, cand_verbs = _sourced(ref_verbs), _sourced(cand_verbs)
        for rv, cv in _claims_paired(ref_verbs, cand_verbs):
            paired.add(cv.i)
            yield from _moved_claim(ctx, cand_sent, ref_sent, rv, cv, ref_named)
    # a claim the candidate moved into another sentence with another source ('... but could not run the event safely
    # with fewer than 60 stewards, chairman Keith Norland said' / 'The display could not be run safely with fewer than
    # 60 stewards, according to Halbridge Town Council'): paired with the reference claim it shares the most words with
    theirs = _sourced([v for s in ctx.reference.doc.sents for v in _attributions(s, estimates=True)])
    for cand_sent in ctx.candidate.doc.sents:
        for cv in _sourced(_attributions(cand_sent, estimates=True)):
            # (a source of its own only: 'according to X', or a verb with its subject, not a participle such as
            # '..., saying ...', whose speaker the parse may take from any noun before it)
            own = cv.lower_ == "according" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cv.children)
            if cv.i in paired or not own:
                continue
            for rv, _ in _claims_paired(theirs, [cv], least=MOVED_CLAIM):
                yield from _moved_claim(ctx, cand_sent, rv.sent, rv, cv, ref_named)


def _claims_paired(ref_verbs: list[Token], cand_verbs: list[Token], least: float = 0.0) -> list[tuple[Token, Token]]:
    """The attributions of two aligned sentences paired: the one of each where each gives one; where either gives more,
    each candidate claim with the reference claim whose words it shares most, clearly more than with any other ('...,
    chairman Keith Norland said' beside '..., the council said' / '..., according to the council'; the council's
    claim is the other)."""
    if len(ref_verbs) == 1 and len(cand_verbs) == 1 and not least:
        return [(ref_verbs[0], cand_verbs[0])]
    if not ref_verbs or not cand_verbs:
        return []
    said = [(rv, _clause_words(rv)) for rv in ref_verbs]
    out = []
    for cv in cand_verbs:
        told = _clause_words(cv)
        scored = sorted(((len(told & words) / max(1, len(told | words)), rv) for rv, words in said), key=lambda x: -x[0])
        best, rv = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        if best >= max(SAME_CLAIM, least) and best - runner_up >= CLEARLY_MORE:
            out.append((_speaking(rv), cv))
    return out


def _speaking(verb: Token) -> Token:
    """The verb of saying whose subject speaks for this one: itself, or the verb it is joined to where it has no subject
    of its own ('Dr Pascoe said ..., but warned that ...': Pascoe warned)."""
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return verb


def _moved_claim(ctx: Context, cand_sent: SpacySpan, ref_sent: SpacySpan, rv: Token, cv: Token, ref_named: set[str]) -> Iterator[Finding]:
    """The candidate gives the reference's claim (said at `rv`) to another source (at `cv`)."""
    if _demanded_for(rv) != _demanded_for(cv):
        return  # a demand and a statement are two acts ('had asked for assurances that X' / 'has confirmed that X')
    rs, cs = _source(rv), _source(cv)
    moved = _other_speaker(ctx, rs, cs, ref_named)
    moved = moved or _description_apart(ctx, rv, cv, ref_named)
    moved = moved or _resolved_apart(ctx, rv, cv)
    moved = moved or _description_resolved_apart(ctx, rv, cv, ref_named)
    moved = moved or _post_of_another(ctx, rs, cs)
    moved = moved or _word_of_another_party(ctx, rs, cs)
    moved = moved or _person_for_party(ctx, rs, cs)
    moved = moved or _agent_for_owner(ctx, rs, cs)
    moved = moved or _person_for_body(ctx, rv, cv)
    moved = moved or _post_of_named_body(ctx, rs, cs)
    moved = moved or _descriptions_apart(ctx, rs, cs)
    moved = moved or _described_party_apart(ctx, rs, cs)
    moved = moved or _another_speakers_claim(ctx, rs, cv, ref_sent)
    moved = moved or _named_speaker_for_description(ctx, rs, cs)
    moved = moved or _post_holder_apart(ctx, rs, cs)
    moved = moved or _staff_of_another_body(ctx, rs, cs)
    traded = _speaker_made_subject(ctx, rs, cs, cand_sent, rv)
    moved = moved or traded
    if moved is None or _also_says(ctx, cand_sent, cv, _clause_words(rv)):
        return
    if rs is not None and _source_kept_beside(ctx, cand_sent, cv, _named(ctx.reference, rs)):
        return  # 'A report by the agency found X, with Y the cause, according to its chief scientist': both sources kept
    said, told = _clause_words(rv), _clause_words(cv)
    if len(said & told) < SAME_CLAIM * len(said | told):
        told = _clause_words(cv, joined=False)  # (the claim without a statement of its own joined to it)
    # (or the candidate's whole claim taken from the reference's: '..., although measurements showed no danger,
    # according to the agency' / 'though Vrba said measurements had found no danger')
    part = len(said & told) >= max(3, 0.8 * len(told))
    # (the two parties traded tie the claims together where their words differ: 'would cover the cost' / 'will pay')
    if traded and any(a[:5] == b[:5] for a in said for b in told if min(len(a), len(b)) >= 4):
        part = True  # (a word of the claim in common, by its stem: 'to be recorded' / 'the recording')
    if len(said & told) < SAME_CLAIM * len(said | told) and not part and not _one_claim_reworded(rv, cv):
        return  # two sources of two claims that the alignment happened to pair
    c_span, r_span = moved
    if rs is not None and cs is not None and _by_its_description(ctx.reference, _named(ctx.candidate, cs), _named(ctx.reference, rs)):
        return  # 'The Danes have said' / 'Holmgaard said', the reference's 'the Danish dairy group Holmgaard'
    if _spoke_for(ctx, rs, cs, cv):
        return  # 'Its spokeswoman, Ann Peel, said' / 'the board said': the body's own voice
    if _same_antecedent(ctx, r_span, c_span):
        return  # 'the company said' / 'the firm said', both for the milliner named before them
    if _named_with_speaker(ctx, r_span, c_span) or _seat_for_body(ctx, r_span, c_span):
        # "Postal workers' union TPU said" / "the postal workers' union TPU said": the speaker's own name; 'Brussels
        # said' / 'The Commission said', where the reference names the European Commission
        return
    who, whom = ctx.candidate.text[slice(*c_span)], ctx.reference.text[slice(*r_span)]
    message = f"the candidate has {who} say this; the reference, {whom}"
    yield ctx.finding(FindingType.ATTRIBUTION, Severity.MAJOR, 0.7, message, c_span, r_span, NAME)


def _named_with_speaker(ctx: Context, r_span: tuple[int, int], c_span: tuple[int, int]) -> bool:
    """The candidate's speaker is a name the reference gives in its speaker's words or right after them ("Postal
    workers' union TPU said", where the parse makes the description the speaker): the same speaker."""
    mine = {m.cid for m in ctx.candidate.entities if m.cid and c_span[0] <= m.start < c_span[1]}
    end = r_span[1] + NAMED_AFTER_SPEAKER
    text = ctx.reference.text

    def owner(m) -> bool:  # "Mr Reel's lawyers said": the name of whom the speaker belongs to, not the speaker's
        return text[m.end : m.end + 1] in ("'", "\u2019")

    return bool(mine) and any(m.cid in mine and r_span[0] <= m.start < end and not owner(m) for m in ctx.reference.entities)


def _seat_for_body(ctx: Context, r_span: tuple[int, int], c_span: tuple[int, int]) -> bool:
    """The reference's speaker is a place ('Brussels said') and the candidate's a body the reference names ('The
    Commission said', the reference's 'European Commission'): a capital told for the body that sits there, either way."""
    theirs = [m for m in ctx.reference.entities if r_span[0] <= m.start < r_span[1]]
    mine = [m for m in ctx.candidate.entities if c_span[0] <= m.start < c_span[1]]
    named = {m.cid for m in ctx.reference.entities if m.cid and m.label == "ORG"}
    return any(m.label == "GPE" for m in theirs) and bool(mine) and all(m.label == "ORG" and m.cid in named for m in mine)


NAMED_AFTER_SPEAKER = 16  # characters after a described speaker where its own name may stand


def _source_kept_beside(ctx: Context, cand_sent: SpacySpan, cv: Token, theirs: set[str]) -> bool:
    """The candidate's sentence has the reference's speaker find or say something with another verb ('A report by the
    agency found ...'), besides the source at `cv`: a sentence that joins two claims keeps the reference's source."""
    if not theirs:
        return False
    verbs = set(lexicon()["speech_predicates"]) | set(lexicon()["evidence_predicates"])
    for v in cand_sent:
        if v.i == cv.i or v.pos_ != "VERB" or v.lemma_.lower() not in verbs:
            continue
        for subject in (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")):
            inside = {t.i for t in subject.subtree}  # ('a report by the agency': the body the report is by)
            if {m.cid for m in ctx.candidate.entities if m.token_start in inside} & theirs:
                return True
    return False


def _speaker_made_subject(
    ctx: Context, rs: Token | None, cs: Token | None, cand_sent: SpacySpan, rv: Token
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The candidate gives the claim to another party of the claim itself ('it would cover the cost and was discussing
    with the town council ...' / '..., the town council said') and makes the reference's speaker ('The developer,
    Hipermercats Roig, said') the subject of the claim ('Hipermercats Roig, the developer, will pay for the excavation,
    the town council said'): the two parties traded. Neither speaker's phrase shares a noun with the other's, and the
    reference has the candidate's speaker say nothing anywhere. (candidate span, reference span), or None."""
    if rs is None or cs is None or rs.pos_ not in ("NOUN", "PROPN") or cs.pos_ not in ("NOUN", "PROPN"):
        return None
    speech = word_lists()["speech"]
    if rv.lemma_.lower() not in speech:
        return None  # (a verb of saying: 'growers expect X, the cooperative said' has the cooperative speak, not the growers)
    if cs.pos_ == "NOUN" and not _specific(cs):
        return None  # a bare 'the company' may be the speaker's own body, told by its kind
    theirs = {t.lemma_.lower() for t in rs.subtree if t.pos_ in ("NOUN", "PROPN")}
    mine = {t.lemma_.lower() for t in cs.subtree if t.pos_ in ("NOUN", "PROPN")}
    if theirs & mine:
        return None
    # the candidate's speaker is a party inside the reference's claim, not its speaker's phrase
    doc = ctx.reference.doc
    own = set(range(rs.left_edge.i, rs.right_edge.i + 1))
    claim = {t.i for c in rv.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree} - own
    # (or the one it is said to: 'In a letter to the prime minister, Mr Lowndes said he had made a mistake' / 'The prime
    # minister said Mr Lowndes had made a mistake')
    claim |= {t.i for c in rv.children if c.dep_ == "prep" for t in c.subtree if t.dep_ == "pobj" and t.head.lower_ == "to"} - own
    if not any(doc[i].lemma_.lower() == cs.lemma_.lower() and doc[i].pos_ in ("NOUN", "PROPN") for i in claim):
        return None
    # ... and one the reference never has speak
    if any(t.lemma_.lower() == cs.lemma_.lower() and t.dep_ == "nsubj" and t.head.lemma_.lower() in speech for t in doc):
        return None
    # ... and the reference's speaker does the deed of the candidate's claim: the subject of a verb there
    spoken = range(cs.left_edge.i, cs.right_edge.i + 1)
    # (the doer of a deed, not a speaker: 'according to the assembly, ..., the council said' keeps the council's voice)
    subjects = [
        t
        for t in cand_sent
        if t.dep_ in ("nsubj", "nsubjpass") and t.i not in spoken and t.head.i != cs.head.i and t.head.lemma_.lower() not in speech
    ]
    if not any(w.lemma_.lower() in theirs and w.pos_ in ("NOUN", "PROPN") for s in subjects for w in s.subtree):
        return None
    return _phrase_span(cs), _phrase_span(rs)


def _account_dropped(ctx: Context) -> Iterator[Finding]:
    """A claim the reference gives by one party's account of what another said or decided ('According to the owner,
    X, the bureau ruled that ...') that the aligned candidate sentence has the second party state itself ('The bureau
    explained that ...'), the first named nowhere in it: the account told as the other party's own word."""
    for ref_sent, cand_sent in sentence_pairs(ctx):
        according = [t for t in ref_sent if _according_to(t) is not None]
        if len(according) != 1:
            continue
        outer, inner = _according_to(according[0]), according[0].head
        if inner.pos_ != "VERB" or not any(c.dep_ == "ccomp" for c in inner.children):
            continue
        subjects = [c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
        if len(subjects) != 1 or any(t.lower_ == "according" for t in cand_sent):
            continue
        said = subjects[0]

        def same(cs: Token | None, said: Token = said) -> bool:
            if cs is None or cs.pos_ not in ("NOUN", "PROPN"):
                return False
            return cs.lemma_.lower() == said.lemma_.lower() or bool(_named(ctx.candidate, cs) & _named(ctx.reference, said))

        # (the candidate's one source that is the reference's second party: 'The tribunal ruled that ..., and Selwick
        # said it would study the decision')
        # (or a verb of ruling or finding with its clause, as the reference's own: 'The tribunal ruled that ...')
        ruling = [v for v in cand_sent if v.pos_ == "VERB" and v.lemma_ == inner.lemma_ and any(c.dep_ == "ccomp" for c in v.children)]
        cand_verbs = [v for v in {*_attributions(cand_sent), *ruling} if same(_source(v))]
        if len(cand_verbs) != 1:
            continue
        cs = _source(cand_verbs[0])
        # the account's party is named nowhere in the candidate sentence, by name or by its words
        inside = range(outer.left_edge.i, outer.right_edge.i + 1)
        theirs = _party_words(outer) | {w for m in ctx.reference.entities if m.token_start in inside for w in m.words}
        mine = {fold(t.lemma_) for t in cand_sent} | {fold(t.lower_) for t in cand_sent}
        if theirs & mine:
            continue
        if len(_clause_words(inner) & _clause_words(cand_verbs[0])) < 2:
            continue
        c_span, r_span = _phrase_span(cs), _phrase_span(outer)
        yield ctx.finding(
            FindingType.ATTRIBUTION,
            Severity.MAJOR,
            0.6,
            f"the candidate has {ctx.candidate.text[slice(*c_span)]} state this itself; the reference gives it by the account of "
            f"{ctx.reference.text[slice(*r_span)]}",
            c_span,
            r_span,
            NAME,
        )


def _one_claim_reworded(r: Token, c: Token) -> bool:
    """The clauses the two speech verbs report say one thing in other words (the sentence encoder)."""
    clauses = [next((k for k in v.children if k.dep_ == "ccomp"), None) for v in (r, c)]
    if any(k is None for k in clauses):
        return False
    texts = [v.doc[k.left_edge.i : k.right_edge.i + 1].text for v, k in zip((r, c), clauses, strict=True)]
    vectors = load_encoder().encode(texts)
    return float(vectors[0] @ vectors[1]) >= SAME_CLAIM_MEANING


def _sourced(verbs: list[Token]) -> list[Token]:
    """Of two or more words of attribution, those that give a source: not a bidding told to its hearers ('residents
    were told to keep windows closed'), whose subject is who heard it."""

    def bidding(v: Token) -> bool:
        return any(c.dep_ == "auxpass" for c in v.children) and any(c.dep_ == "xcomp" for c in v.children)

    kept = [v for v in verbs if v.lower_ == "according" or not bidding(v)]
    return kept if kept and len(verbs) > 1 else verbs


def _clause_words(verb: Token, joined: bool = True) -> set[str]:
    """The content words of what is said, and its figures ('26', '1994'): a speech verb's clause, or the sentence
    around 'according to X'. Without `joined`, not a clause with its own subject joined to the said one by 'and' ('X
    believe A, and gardeners are being urged to B', which the parse may put inside what X believes)."""
    if verb.lower_ == "according":
        # (the clause it is in: 'According to X, A; the union also said B' gives X only A)
        phrase = {t.i for t in verb.subtree} - _misread_relative(verb)
        stops = [t.i for t in verb.sent if t.text == ";"]
        start = max((i for i in stops if i < verb.i), default=verb.sent.start)
        end = min((i for i in stops if i > verb.i), default=verb.sent.end)
        return {_word(t) for t in verb.doc[start:end] if _counts(t) and t.i not in phrase}
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and not _across_semicolon(c, verb)] + _said_in(verb)
    clauses += _object_clause(verb) + _asked(verb)
    if _parenthetical(verb):
        # 'X will pay for it, the council said, and the two are discussing ...': the clause it is set in, to the verb
        head = verb.head
        later = {t.i for c in head.children if c.i > verb.i and c.dep_ in ("conj", "cc") for t in c.subtree}
        return {_word(t) for t in head.subtree if _counts(t) and t.i not in later and t.i not in {k.i for k in verb.subtree}}
    # (not what another source, with its own subject, says inside it: 'X warned that the rules could add 4%, while Y
    # said the measure would cut emissions' gives X only the rise)
    theirs = {i for c in clauses for i in _said_by_another(c)}
    if not joined:
        theirs |= {
            x.i
            for c in clauses
            for t in c.subtree
            if t.dep_ == "conj" and t.i > c.i and any(k.dep_ in ("nsubj", "nsubjpass") for k in t.children)
            for x in t.subtree
        }
    words = {_word(t) for c in clauses for t in c.subtree if _counts(t) and t.i not in theirs}
    if len(words) < 2:
        words = {_word(t) for c in clauses for t in c.subtree if _counts(t)}
    # (a short clause of its own, with its subject, is all that is said: 'complain they were not consulted')
    whole = any(k.dep_ in ("nsubj", "nsubjpass") for c in clauses for k in c.children)
    if len(words) < 2 and not whole:
        # a clause the parse left nearly empty ('estimates that' with the rest hung on the verb): the sentence but
        # the verb and who says it
        speaker = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        words = {_word(t) for t in verb.sent if _counts(t) and t.i not in speaker and t.i != verb.i}
    return words


def _misread_relative(according: Token) -> set[int]:
    """The words of a clause the parse hung on the source of 'according to X, ...' as a relative one ('According to the
    association, the main reason pupils failed was ...': 'failed' a relative clause on 'association'): after a comma and
    with no relative word, it is what X says, not part of who X is."""
    source = _according_to(according)
    if source is None:
        return set()
    doc = according.doc
    return {
        t.i
        for c in source.children
        if c.dep_ in ("relcl", "acl")
        and c.left_edge.i > 0
        and doc[c.left_edge.i - 1].text == ","
        and not any(k.tag_ in ("WDT", "WP", "WP$", "WRB") for k in c.children)
        for t in c.subtree
    }


def _counts(t: Token) -> bool:
    return (t.is_alpha and not t.is_stop) or (t.like_num and any(ch.isdigit() for ch in t.text))


def _word(t: Token) -> str:
    return fold(t.lemma_) if t.is_alpha else t.text.replace(",", "")


def _across_semicolon(clause: Token, verb: Token) -> bool:
    """A clause the parse hangs on a later speech verb across a semicolon ('The jury praised it; the founder said the
    money would ...'): a sentence of its own, not what the speaker says."""
    return clause.i < verb.i and any(t.text == ";" for t in verb.doc[clause.i : verb.i])


def _also_says(ctx: Context, cand_sent: SpacySpan, verb: Token, claim: set[str] | None = None) -> bool:
    """Another reference sentence has the candidate's speaker say the same ('A said X. B said X too.' / 'B said X'; a
    summary sentence that joins what A and B said): the candidate keeps one of two sources. With `claim` (the words of
    the reference's claim in question), only where what is left of the candidate's clause once the speaker's own
    statements are taken out no longer carries that claim ('Penrose said the footage let volunteers count voles, and
    that the chicks will fledge in July': the voles are still Halloran's)."""
    who, said = _named(ctx.candidate, _source(verb)), _clause_words(verb)
    own: set[str] = set()
    for sent in ctx.reference.doc.sents:
        for t in _sources(sent):
            s = _source(t)
            theirs = _clause_words(t)
            # the same claim, or all the candidate's speaker says there within a candidate sentence that says more
            same = len(theirs & said) >= max(2, len(said) / 2) or len(theirs & said) >= max(3, len(theirs) / 2)
            if s is not None and _named(ctx.reference, s) & who and same:
                own |= theirs
    if not own:
        return False
    if claim is None:
        return True
    rest = (said - own) & claim
    return len(rest) < max(3, SAME_CLAIM * len(claim))


def _other_speaker(ctx: Context, rs: Token | None, cs: Token | None, ref_named: set[str]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(candidate span, reference span) of two speakers who are two different people the reference names; a speaker
    with no name of its own is the people named in its phrase ('The inspection, led by X, said'), and one given by
    role is the name in apposition to it ('according to the association's chairman, Y')."""
    if rs is None or cs is None:
        return None
    r_ids, c_ids = _titled(ctx.reference, rs, _named(ctx.reference, rs)), _titled(ctx.candidate, cs, _named(ctx.candidate, cs))
    # a second subject the parse gave the same verb ('Clerk of the course Gareth Penhallow said': 'Clerk' and 'Penhallow')
    r_ids |= {k for c in rs.head.children if c.dep_ == rs.dep_ and c.i != rs.i and c.i > rs.i for k in _named(ctx.reference, c)}
    for appos in (c for c in cs.children if c.dep_ == "appos" and not c_ids):
        c_ids = _named(ctx.candidate, appos)  # 'the association's chairman, Olu Brandt'
    if not c_ids and cs.pos_ == "NOUN" and fold(cs.lower_) in titles():
        # the same, with the name hung elsewhere by the parse ("Venmoor's head of tea, Rob Lask, who added")
        c_ids = {m.cid for m in _name_after(ctx.candidate, cs) if m.cid}
    for appos in (c for c in rs.children if c.dep_ == "appos"):
        r_ids |= _named(ctx.reference, appos)  # "Norvale's MP, Simon Achebe": the post (tagged a name) and the person
    if not r_ids and rs.pos_ in ("NOUN", "PROPN"):
        # the people in its phrase, not whose it is ('Karsten Rail's chief executive' is named by no one)
        owner = {t.i for c in rs.children if c.dep_ == "poss" for t in c.subtree}
        inside = range(rs.left_edge.i, rs.right_edge.i + 1)
        r_ids = {
            m.cid
            for m in ctx.reference.entities
            if (m.label == "PERSON" or (fold(rs.lower_) in titles() and not _of_what(ctx.reference.doc[m.token_end - 1])))
            and m.cid
            and m.token_start in inside
            and m.token_end - 1 in inside
            and m.token_start not in owner
            and _prepositions_between(ctx.reference.doc[m.token_end - 1], rs) <= 1
        }
    if not c_ids and r_ids and not ({t.i for t in cs.subtree} & {m.token_start for m in ctx.candidate.entities}):
        c_ids = _party_described(ctx, cs, r_ids, rs)
    spans = _phrase_span(cs), _phrase_span(rs)
    if not r_ids and not c_ids and _two_bodies(ctx, rs, cs):
        return spans
    described = any(c.startswith("described:") for c in c_ids)
    if not r_ids or not c_ids or r_ids & c_ids or not (described or c_ids <= ref_named):
        return None
    return spans


def _prepositions_between(tok: Token, top: Token) -> int:
    """How many prepositions lead from the speaker's noun down to the word: a name two prepositions down is where
    something of the speaker's is ('the owner of a laundrette in the town of Zawierczyn': the town, whatever the
    tagger took it for), not who speaks."""
    count = 0
    while tok.i != top.i and tok.head.i != tok.i:
        tok = tok.head
        count += tok.dep_ in ("prep", "agent")
    return count


def _post_of_another(ctx: Context, rs: Token | None, cs: Token | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A named person's claim given to 'the spokesperson' (a post named by one word) where the reference gives that
    person another post ('Deputy minister X told parliament' / 'the spokesperson told parliament') and uses the word for
    someone else ('a ministry spokesperson confirmed'): (candidate span, reference span), or None."""
    if rs is None or cs is None or cs.pos_ != "NOUN" or _named(ctx.candidate, cs) or fold(cs.lower_) not in titles():
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in cs.children):
        return None
    people = {m.cid for m in ctx.reference.entities if m.label == "PERSON" and m.token_start <= rs.i < m.token_end and m.cid}
    posts = [t for cid in people for t in titles_of(ctx.reference).get(cid, [])]
    word = cs.lemma_.lower()
    if not people or not posts or any(t.head == word or word in t.words for t in posts):
        return None  # no post known for the speaker, or this one
    mentions = [m for m in ctx.reference.entities if m.cid in people]
    own = {t.i for m in mentions for t in ctx.reference.doc[max(0, m.token_start - 4) : m.token_end + 6]}
    others = [t for t in ctx.reference.doc if t.lemma_.lower() == word and t.pos_ == "NOUN" and t.i not in own]
    if not others:
        return None
    name = mentions[0]
    return (cs.left_edge.idx, cs.idx + len(cs.text)), (name.start, name.end)


def _word_of_another_party(ctx: Context, rs: Token | None, cs: Token | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A named person's claim given to a party called by a common noun ('Organisers said', "The local ringers' guild
    says") where the reference describes that person otherwise ('eight-time champion Gwen Morys', 'council chairman
    Jörgen Halstatt') and uses the noun for another party: another person's post ('Race organiser Huw Bevan') or a body
    that does things of its own ('The local ringing guild ... has begun training'). (candidate span, reference span)."""
    if rs is None or cs is None or cs.pos_ != "NOUN" or _named(ctx.candidate, cs):
        return None
    if not (_specific(cs) or (cs.tag_ == "NNS" and not any(c.dep_ == "det" for c in cs.children))):
        return None  # 'the company' may well be the body the person speaks for; 'Organisers', 'the local guild' are parties
    doc = ctx.reference.doc
    # the speaker's name, or the name set beside its description ('Eight-time winner Ruth Garran', parsed 'winner' first)
    at = {rs.i} | {c.i for c in rs.children if c.dep_ == "appos"}
    people = {m.cid for m in ctx.reference.entities if m.label == "PERSON" and any(m.token_start <= i < m.token_end for i in at) and m.cid}
    mentions = [m for m in ctx.reference.entities if m.cid in people]
    word = cs.lemma_.lower()
    if not mentions:
        return None
    near = {t.i for m in mentions for t in doc[max(0, m.token_start - 4) : m.token_end + 6]}
    near |= {t.i for t in rs.subtree}  # the speaker's own phrase ("Wingwatch's head of science, Dr Owen Pascoe")
    if any(doc[i].lemma_.lower() == word for i in near):
        return None  # the person's own post or body ('the club's chairman, X')
    # the person described otherwise: a noun set before or beside one of its mentions
    described = any(
        c.pos_ == "NOUN" and c.dep_ in ("compound", "appos", "nmod") for m in mentions for c in doc[m.token_end - 1].children
    ) or (rs.pos_ == "NOUN" and len(at) > 1)
    if not described:
        return None
    others = [
        t
        for t in doc
        if t.lemma_.lower() == word
        and t.pos_ == "NOUN"
        and t.i not in near
        and (
            (t.dep_ == "compound" and any(m.label == "PERSON" and m.token_start <= t.head.i < m.token_end for m in ctx.reference.entities))
            or (t.dep_ in ("nsubj", "nsubjpass") and _specific(t))
        )
    ]
    if not others:
        return None
    name = mentions[0]
    return (cs.left_edge.idx, cs.idx + len(cs.text)), (name.start, name.end)


def _core_words(tok: Token) -> set[str]:
    """The words of a speaker's own phrase: the noun, the words before it and what is set beside it, not its clauses or
    prepositions ('pest control contractor Vermex, which works for the council': 'pest', 'control', 'contractor', 'vermex')."""
    out, stack = set(), [tok]
    while stack:
        t = stack.pop()
        out.add(t.lemma_.lower())
        stack += [c for c in t.children if c.dep_ in ("compound", "amod", "poss", "appos", "nmod", "case", "det")]
    return out


def _staff_of_another_body(ctx: Context, rs: Token | None, cs: Token | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A named party's claim given to unnamed people of a body that the reference names as another party ('pest control
    contractor Vermex said' / 'council officials said', where the reference names Halvergate City Council): the word
    that says whose they are is the last word of that body's name, and nothing in the reference speaker's own phrase
    says it (not "Halvergate City Council's environmental health department said"). (candidate span, reference span)."""
    if rs is None or cs is None or cs.pos_ != "NOUN" or _named(ctx.candidate, cs):
        return None
    if any(m.token_start <= t.i < m.token_end for t in cs.subtree for m in ctx.candidate.entities):
        return None
    speakers = {m.cid for m in ctx.reference.entities if m.token_start <= rs.i < m.token_end and m.cid}
    speakers |= {k for c in rs.children if c.dep_ in ("appos", "compound") for k in _named(ctx.reference, c)}
    if not speakers:
        return None
    own = _core_words(rs)
    mine = {c.lemma_.lower() for c in cs.children if c.dep_ in ("compound", "poss", "amod") and c.pos_ in ("NOUN", "PROPN")}
    if not mine or (mine | {cs.lemma_.lower()}) & own:
        return None
    bodies = [
        m
        for m in ctx.reference.entities
        if m.label in ("ORG", "GPE", "FAC")
        and m.cid
        and m.cid not in speakers
        and len(m.words) > 1
        and ctx.reference.doc[m.token_end - 1].lemma_.lower() in mine
    ]
    if not bodies:
        return None
    # a person tied to the body anywhere in the phrase may speak for it ('Amy Lee, who runs Harbury Hospital Trust', 'leader
    # of Kelby Town Council'); a firm that works for it is still another party ('contractor Vermex, which works for the council')
    # (its relative pronoun tells a person from a firm where it has one: the tagger's labels of invented names are unsure)
    relative = [t.lower_ for t in rs.subtree if t.lower_ in ("who", "which") and t.dep_.startswith("nsubj") and t.head.dep_ == "relcl"]
    person = relative[0] == "who" if relative else any(m.label == "PERSON" and m.cid in speakers for m in ctx.reference.entities)
    if person and {t.lemma_.lower() for t in rs.subtree} & mine:
        return None
    return _phrase_span(cs), _phrase_span(rs)


def _post_of_named_body(ctx: Context, rs: Token | None, cs: Token | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A named person's claim given to a post of a body the reference names ('a Moorlink Coaches spokesperson said'),
    where the reference describes that person as one of another party ('Union organiser Petra Vance', 'union' being
    the word the reference uses for a party of its own: 'the drivers' union') and never sets the body beside
    the person: the claim moved to the other side. (candidate span, reference span), or None."""
    if rs is None or cs is None or cs.pos_ != "NOUN" or fold(cs.lower_) not in titles():
        return None
    doc = ctx.reference.doc
    owners = {t.i for c in cs.children if c.dep_ in ("compound", "poss") for t in c.subtree}
    bodies = {m.cid for m in ctx.candidate.entities if m.cid and any(i in owners for i in range(m.token_start, m.token_end))}
    # (any label: the tagger takes 'Moorlink Coaches' for a person and 'Petra Vance' for a body as often as not)
    bodies &= {m.cid for m in ctx.reference.entities}
    people = {m.cid for m in ctx.reference.entities if m.token_start <= rs.i < m.token_end and m.cid}
    if len(bodies) != 1 or not people or people & bodies:
        return None
    mentions = [m for m in ctx.reference.entities if m.cid in people]
    near = {t.i for m in mentions for t in doc[max(0, m.token_start - 4) : m.token_end + 6]}
    body_tokens = {i for m in ctx.reference.entities if m.cid in bodies for i in range(m.token_start, m.token_end)}
    if near & body_tokens:
        return None  # the body's own officer ('Moorlink's organiser, X')
    # the person's description, the words set before the name ('Union negotiator'): a word of a party, not of a post
    described = {t for m in mentions for t in doc[m.token_end - 1].subtree if t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN")}
    described -= {t for m in mentions for t in doc[m.token_start : m.token_end]}
    party_words = {t.lemma_.lower() for t in described if fold(t.lower_) not in titles() and not t.ent_type_}
    elsewhere = {t.lemma_.lower() for t in doc if t.pos_ == "NOUN" and t.i not in near and t.i not in body_tokens}
    if not party_words & elsewhere or cs.lemma_.lower() in {t.lemma_.lower() for t in described}:
        return None
    name = mentions[0]
    return (cs.left_edge.idx, cs.idx + len(cs.text)), (name.start, name.end)


def _person_for_party(ctx: Context, rs: Token | None, cs: Token | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A claim of a body the reference describes in words of its own ('according to the regional environment agency')
    given to a person the reference names and describes otherwise ('Plant director Tomas Vrba'), in no mention
    beside the body's word: someone else's claim. (candidate span, reference span)."""
    if rs is None or cs is None or rs.pos_ != "NOUN" or _named(ctx.reference, rs) or not _specific(rs):
        return None
    doc = ctx.reference.doc
    mine = [m for m in ctx.candidate.entities if m.label == "PERSON" and m.token_start <= cs.i < m.token_end and m.cid]
    mentions = [m for m in ctx.reference.entities if mine and m.cid == mine[0].cid]
    if not mentions:
        return None
    word = rs.lemma_.lower()
    cdoc = ctx.candidate.doc
    beside = [t for m in mentions for t in doc[max(0, m.token_start - 4) : m.token_end + 6]]
    beside += [t for m in mine for t in cdoc[max(0, m.token_start - 4) : m.token_end + 6]]
    if any(t.lemma_.lower() == word for t in beside):
        return None  # the body's own officer ('agency head X', 'X, who chairs the board')
    described = any(c.pos_ == "NOUN" and c.dep_ in ("compound", "appos", "nmod") for m in mentions for c in doc[m.token_end - 1].children)
    if not described:
        return None
    return (mine[0].start, mine[0].end), (rs.left_edge.idx, rs.idx + len(rs.text))


def _person_owned(doc: Document, noun: Token) -> set[str]:
    """The person whose someone the speaker is ('Mr Marr's solicitors', 'Ms Voss's spokeswoman'): the names of a person
    said before the noun with a possessive; empty for a body's officer ('the council's leader') or a bare noun."""
    if noun.pos_ != "NOUN":
        return set()
    owners = [c for c in noun.children if c.dep_ == "poss" and c.i < noun.i]
    return {m.cid for o in owners for m in doc.entities if m.label == "PERSON" and m.cid and m.token_start <= o.i < m.token_end}


def _agent_for_owner(ctx: Context, rs: Token | None, cs: Token | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """One side has a person's lawyers, aides or spokesman say it, the other the person himself ('Mr Marr's solicitors
    said he stands by every word' / 'Mr Marr said he stands by every word', 'Her campaign manager said' / 'She said'):
    another speaker, whom the person may not have authorised. (candidate span, reference span), or None."""
    if rs is None or cs is None:
        return None
    pronouns = {"his": "he", "her": "she"}
    for agent, owner, agent_doc, owner_doc in ((rs, cs, ctx.reference, ctx.candidate), (cs, rs, ctx.candidate, ctx.reference)):
        people = _person_owned(agent_doc, agent)
        if people and owner.pos_ == "PROPN" and _named(owner_doc, owner) & people:
            return _phrase_span(cs), _phrase_span(rs)
        # ('Her campaign manager said' / 'She said': the one the pronoun stands for and someone of hers)
        whose = [c.lower_ for c in agent.children if c.dep_ == "poss" and c.i < agent.i]
        person = agent.lemma_.lower() in word_lists()["titles"]  # (someone of hers: not 'her report')
        if agent.pos_ == "NOUN" and person and whose and pronouns.get(whose[0]) == owner.lower_:
            return _phrase_span(cs), _phrase_span(rs)
    return None


def _party_words(tok: Token) -> set[str]:
    """The content words of a speaker's phrase ('the Fell Parks Trust': fell, park, trust), not of a relative clause on it."""
    clauses = {t.i for c in tok.children if c.dep_ == "relcl" for t in c.subtree}
    return {
        fold(t.lemma_) for t in tok.subtree if t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "PROPN", "ADJ") and t.i not in clauses
    }


def _bare(noun: Token) -> bool:
    """'the company', 'the ministry': a noun with an article and no words of its own ('his lawyer' is someone's)."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" for c in noun.children) and not _specific_words(noun)


def _specific_words(noun: Token) -> bool:
    return any(c.dep_ in ("amod", "compound", "nmod", "appos") or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)


_VOICE_NOUNS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "representative"})  # who speak for a body


def _another_speakers_claim(
    ctx: Context, rs: Token | None, verb: Token, ref_sent: SpacySpan
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A claim given to a party that speaks in other sentences of the reference, where the reference has another party
    make it ('Police said they were not treating it as suspicious' / 'The trust said it was not treating ...', the trust
    speaking elsewhere): one speaker's words put in another known speaker's mouth. The two phrases share no word
    ('council officers' / 'the council' may be one body). Not where that speaker says part of it in the reference (a
    summary joins what several said). (candidate span, reference span)."""
    cs = _source(verb)
    if rs is None or cs is None or rs.pos_ == "PRON" or cs.pos_ == "PRON":
        return None
    # 'Officials said' with no one's officials named: the voice of whichever body speaks ('The office attributed ...')
    unowned = rs.tag_ == "NNS" and not any(c.dep_ in ("poss", "prep", "compound", "amod") for c in rs.children)
    if unowned and rs.lemma_.lower() in _VOICE_NOUNS:
        return None
    # a bare description may point to the other side's party ('the company' for the Calder Ridge of the other text):
    # the reference's only against a person by a post (no 'service' or 'prosecution', unless speaking for it:
    # `_spoke_for`); the candidate's only of no generic kind, against a reference party with no name ('Police')
    post = any(t.lemma_.lower() in titles() or t.lower_ in titles() for t in cs.subtree if t.pos_ == "NOUN")
    # 'the office' for its text's own 'regional labour office' before it: that party, in its own words
    earlier, before = (_described_before(cs) if _bare(cs) else None), (_described_before(rs) if _bare(rs) else None)
    if _bare(rs) and before is None and not post:
        return None
    if _bare(cs) and earlier is None and (_bare(rs) or _named(ctx.reference, rs) or cs.lemma_.lower() in lexicon()["org_generic_heads"]):
        return None
    mine, theirs = _party_words(earlier if earlier is not None else cs), _party_words(before if before is not None else rs)
    if not mine or not theirs or mine & theirs:
        return None
    described = {fold(t.lemma_) for t in cs.subtree if t.is_alpha and not t.is_stop}
    if len(described & theirs) >= 2:
        return None  # 'Agnieszka Kurel, who runs the laundrette in Zawierczyn' for 'the owner of a laundrette in Zawierczyn'
    doc = ctx.reference.doc
    known = [
        (_party_words(source), _clause_words(other))
        for sent in doc.sents
        if sent.start != ref_sent.start
        for other in _attributions(sent)
        for source in [_source(other)]
        if source is not None and source.pos_ != "PRON"
    ]
    told = _clause_words(verb)
    head = fold(cs.lemma_)

    def fits(words: set[str]) -> bool:
        # the same party: all the candidate's words, or the candidate's full name for the reference's shorter one ('the
        # council said' / 'Hexley district council ... the council said')
        return mine <= words or (earlier is not None and head in words and words <= mine)

    if not any(fits(words) for words, _ in known) or any(fits(words) and theirs & words for words, _ in known):
        return None  # (a speaker called by post and by name elsewhere: 'Consul-General Adrian Moss' / 'Mr Moss')
    if any(fits(words) and len(said & told) >= 2 for words, said in known):
        return None
    return (cs.left_edge.idx, cs.idx + len(cs.text)), (rs.left_edge.idx, rs.idx + len(rs.text))


def _described_before(noun: Token) -> Token | None:
    """The nearest earlier mention of a bare noun's word in its text that has words of its own ('the regional labour
    office ... the office', 'the Provincial Trades Examination Board ... the board'), or None."""
    return next(
        (
            t
            for t in reversed(noun.doc[: noun.i])
            if t.lemma_.lower() == noun.lemma_.lower() and t.pos_ in ("NOUN", "PROPN") and _specific_words(t)
        ),
        None,
    )


def _name_after(doc: Document, tok: Token | None) -> list:
    """A person's name set after the word's phrase between commas ('the head of tea, Rob Lask,'): its apposition,
    wherever the parse hangs it."""
    if tok is None:
        return []
    after = tok.right_edge.i + 1
    if after + 1 >= len(doc.doc) or doc.doc[after].text != ",":
        return []
    ends = [m for m in doc.entities if m.token_start == after + 1 and m.label == "PERSON"]
    return [m for m in ends if m.token_end >= len(doc.doc) or doc.doc[m.token_end].is_punct]


def _spoke_for(ctx: Context, rs: Token | None, cs: Token | None, cv: Token) -> bool:
    """The reference's speaker is someone of the candidate's ('Its chief executive, X', 'A council spokesman', 'The
    board's chair, X' / 'the board said'): whose they are is 'its', the candidate speaker's noun or its name."""
    if rs is None or cs is None or cs.pos_ not in ("NOUN", "PROPN"):
        return False
    owners = [c for c in rs.children if c.dep_ in ("poss", "compound") and c.i < rs.i]
    if not owners:
        return False
    if _person_owned(ctx.reference, rs):
        return False  # a person's lawyers, aides or spokesman are not the person ('Mr Marr's solicitors said')
    ids = _stands_for(ctx.candidate, cv) | _named(ctx.candidate, cs)
    mine = {fold(cs.lemma_)} | {w for m in ctx.candidate.entities if m.cid in ids for w in m.words}
    # (or a word of the post's own phrase: 'Club president X' / 'the club says')
    if any(o.lower_ in ("its", "their") or any(fold(t.lemma_) in mine for t in o.subtree) for o in owners):
        return True
    # a post named by the body's own field ('Leisure manager X said' / 'the district's leisure department said'): the
    # word that names the body's work names the post too
    if cs.lemma_.lower() not in lexicon()["org_generic_heads"]:
        return False
    field = {fold(c.lemma_) for c in cs.children if c.dep_ in ("compound", "amod") and c.i < cs.i and c.is_alpha and not c.is_stop}
    post = {fold(t.lemma_) for o in owners for t in o.subtree if t.i != o.i and t.dep_ in ("compound", "amod") and t.is_alpha}
    return bool(field & post)


def _resolved_apart(ctx: Context, rv: Token, cv: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(candidate span, reference span) of a bare description that the candidate's text resolves to a name ending in its
    noun ('the board said', the Civil Gliding Board read before) where the reference's speaker is another party it
    names in its phrase ('The airfield's owner, Skyreach Ltd, said'), whose names lack the noun."""
    rs, cs = _source(rv), _source(cv)
    if rs is None or cs is None or cs.pos_ != "NOUN" or _specific(cs) or not any(c.lower_ == "the" for c in cs.children):
        return None
    noun = cs.lemma_.lower()
    c_ids = {m.cid for m in ctx.candidate.entities if m.cid in _stands_for(ctx.candidate, cv) and m.words and m.words[-1] == noun}
    inside = set(range(rs.left_edge.i, rs.right_edge.i + 1)) - _addressed(rs)
    r_ids = {m.cid for m in ctx.reference.entities if m.cid and m.token_start in inside and m.token_end - 1 in inside}
    ref_named = {m.cid for m in ctx.reference.entities}
    if not c_ids or not r_ids or c_ids & r_ids or not c_ids <= ref_named:
        return None
    if any(noun in m.words for m in ctx.reference.entities if m.cid in r_ids):
        return None  # the reference's speaker has the noun itself
    last = next(t for t in reversed(ctx.reference.doc[rs.left_edge.i : rs.right_edge.i + 1]) if not t.is_punct)
    return _phrase_span(cs), (rs.left_edge.idx, last.idx + len(last.text))


def _post_holder_apart(ctx: Context, rs: Token | None, cs: Token | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(candidate span, reference span) of a person named as the candidate's speaker where the reference's speaker is a
    post that the reference gives to one other named person ("'intolerable', the judge said", Judge Alan Prewitt /
    "Ms Ennis said ... 'intolerable'"): the post's holder spoke, not the person named. None otherwise."""
    if rs is None or cs is None or rs.pos_ != "NOUN" or _named(ctx.reference, rs):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in rs.children) or any(
        c.dep_ in ("compound", "amod", "poss") for c in rs.children
    ):
        return None  # (a bare 'the judge', not 'the appeal judge' nor 'its chairman': one post, one holder)
    post = rs.lemma_.lower()
    posts = titles_of(ctx.reference)
    holders = {cid for cid, titles in posts.items() if any(t.head == post for t in titles)}
    ids = _named(ctx.candidate, cs)
    if len(holders) != 1 or len(ids) != 1 or ids & holders:
        return None
    (cid,) = ids
    if not any(m.cid == cid for m in ctx.reference.entities) or any(t.head == post for t in posts.get(cid, [])):
        return None
    honorific = lexicon()["honorifics"]
    # (the holder by a word of the candidate's name, where the linker kept two mentions of one person apart: 'Judge
    # Alan Prewitt' / 'Mr Prewitt')
    mine = {fold(w) for m in ctx.candidate.entities if m.cid == cid for w in m.words} - set(honorific) - set(titles())
    if any(mine & {fold(w) for w in m.words} for m in ctx.reference.entities if m.cid in holders):
        return None
    person = any(
        m.cid == cid and (m.label == "PERSON" or ctx.candidate.doc[m.token_start].lower_ in honorific) for m in ctx.candidate.entities
    )
    if not person:
        return None
    last = next(t for t in reversed(ctx.reference.doc[rs.left_edge.i : rs.right_edge.i + 1]) if not t.is_punct)
    return _phrase_span(cs), (rs.left_edge.idx, last.idx + len(last.text))


def _named_speaker_for_description(ctx: Context, rs: Token | None, cs: Token | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(candidate span, reference span) of a person named as the candidate's speaker whom the reference has speak by
    name elsewhere and in another post, where the reference gives this claim to a description ('A spokesperson for the
    foundation said' / 'Ms Castellane said', the reference's 'County archivist Moira Castellane said ...'): a text that
    names a speaker calls them by name; a description brought in as new ('a', 'an') in its place is someone else. Not
    where the person's post or the words around their name have the description's words ('Ann Peel, a spokesperson for
    the foundation'), nor for a body ('the company')."""
    if rs is None or cs is None or rs.pos_ != "NOUN" or _named(ctx.reference, rs):
        return None
    if rs.lemma_.lower() in lexicon()["org_generic_heads"]:
        return None  # 'The company added' / 'Greyhaven Terminals said': a body, maybe the one named (a person only for a person)
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in rs.children):
        return None  # 'The researcher added' may be the one named before: only someone brought in as new ('A spokeswoman')
    phrase = [t for t in rs.subtree if t.i <= rs.i or t.dep_ == "prep" or t.head.dep_ == "prep"]
    if any(m.label == "PERSON" and rs.left_edge.i <= m.token_start <= rs.right_edge.i for m in ctx.reference.entities):
        return None
    ids = _named(ctx.candidate, cs)
    people = [m for m in ctx.reference.entities if m.cid in ids]
    if len(ids) != 1 or not people or any(m.label != "PERSON" for m in people):
        return None
    (cid,) = ids
    spoke = [
        v
        for sent in ctx.reference.doc.sents
        for v in _attributions(sent)
        if v.lower_ != "according" and _source(v) is not None and cid in _named(ctx.reference, _source(v))
    ]
    if not spoke:
        return None
    words = {fold(t.lemma_) for t in phrase if t.is_alpha and not t.is_stop}
    posts = {w for t in titles_of(ctx.reference).get(cid, []) for w in t.words | {t.head}}

    def described(doc: Document) -> set[str]:
        # the words before each mention of the person and those after it up to the next verb ('Ann Peel, a
        # spokeswoman for the trust, said'), not what the person says
        out = set()
        for m in doc.entities:
            if m.cid != cid:
                continue
            out |= {fold(t.lemma_) for t in doc.doc[max(0, m.token_start - 4) : m.token_start] if t.is_alpha}
            for t in doc.doc[m.token_end : m.token_end + 8]:
                if t.pos_ in ("VERB", "AUX") or t.is_sent_end:
                    break
                out.add(fold(t.lemma_))
        return out

    if not words or words & (posts | described(ctx.reference) | described(ctx.candidate)):
        return None
    start = min(t.idx for t in phrase)
    end = max(t.idx + len(t.text) for t in phrase)
    return _phrase_span(cs), (start, end)


def _person_for_body(ctx: Context, rv: Token, cv: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(candidate span, reference span) of 'he' or 'she' as the candidate's speaker, standing for a person the text
    named before ('Paul Brenning said ... He also warned that ...'), where the reference's speaker is a body it names
    and no person ('the Harnsey Property Alliance warned that ...'): a body is no 'he'; the claim went to the person."""
    cs = _source(cv)
    if cs is None or cs.lower_ not in ("he", "she"):
        return None
    ids = {cid for f in ctx.candidate.frames for a in f.args if a.head_i == cs.i and a.resolved for cid in a.cids}
    people = {m.cid for m in ctx.reference.entities if m.label == "PERSON"}
    if len(ids) != 1 or not ids <= people:
        return None
    subjects = [c for c in rv.children if c.dep_ in ("nsubj", "nsubjpass")]
    inside = {t.i for s in subjects for t in s.subtree} - {i for s in subjects for i in _addressed(s)}
    theirs = [m for m in ctx.reference.entities if m.cid and m.token_start in inside and m.token_end - 1 in inside]
    if not theirs or any(m.label == "PERSON" or m.cid in ids or m.cid in people for m in theirs):
        return None
    if not all(m.label == "ORG" for m in theirs):
        return None
    doc = ctx.reference.doc
    if any(doc[m.token_start].lower_ in lexicon()["honorifics"] for m in theirs):
        return None  # 'Mr Brisk', which the tagger read as a body: a form of address names a person
    start = min(s.left_edge.idx for s in subjects)
    end = max(s.right_edge.idx + len(s.right_edge.text) for s in subjects)
    return _phrase_span(cs), (start, end)


def _addressed(source: Token) -> set[int]:
    """The words of those a source was sent or told to ('according to a letter sent to the growers' federation'): the
    one addressed, not the one who speaks."""
    to = [p for p in source.subtree if p.dep_ in ("prep", "dative") and p.lower_ == "to" and p.head.pos_ in ("VERB", "NOUN")]
    return {t.i for p in to for t in p.subtree}


def _description_resolved_apart(ctx: Context, rv: Token, cv: Token, ref_named: set[str]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(candidate span, reference span) of a description the candidate speaks through ('the consumer group also
    warned') that its text ties to one name ('Cívica, a consumer group'), where the reference's speaker is another
    party named in its own phrase ('the industry association Pagaflex warned'); None otherwise."""
    rs, cs = _source(rv), _source(cv)
    if rs is None or cs is None or cs.pos_ != "NOUN" or not any(c.lower_ == "the" for c in cs.children):
        return None
    args = [a for f in ctx.candidate.frames for a in f.args if a.head_i == cs.i and a.resolved]
    # only a name its noun was set beside ('Cívica, a consumer group'), not one the description was guessed to stand for
    beside = {m.cid for m in ctx.candidate.entities if described_beside(ctx.candidate.doc, cs, m)}
    c_ids = {cid for a in args for cid in a.cids} & beside
    inside = set(range(rs.left_edge.i, rs.right_edge.i + 1)) - _addressed(rs)
    r_ids = {m.cid for m in ctx.reference.entities if m.cid and m.token_start in inside and m.token_end - 1 in inside}
    if len(c_ids) != 1 or not r_ids or c_ids & r_ids or not c_ids <= ref_named:
        return None
    last = next(t for t in reversed(ctx.reference.doc[rs.left_edge.i : rs.right_edge.i + 1]) if not t.is_punct)
    return _phrase_span(cs), (rs.left_edge.idx, last.idx + len(last.text))


def _description_apart(ctx: Context, rv: Token, cv: Token, ref_named: set[str]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(candidate span, reference span) of two speakers that `_other_speaker` cannot weigh because one is a description:
    'the council said' where the council is a name read before (Farrowfield Borough Council) and the candidate's
    speaker is another body the reference names ('according to the Prickle Trust'); or a description of a party of its
    own ('the regional agriculture department has warned', a noun no name has) where the candidate's is a description
    of a named one ('The foundation has warned', the Iberian Scavenger Foundation). Not a person for a body ('Onslow
    said' may be the council speaking), nor a name that has the description's noun (another council may be this one)."""
    rs, cs = _source(rv), _source(cv)
    if rs is None or cs is None:
        return None
    if _named(ctx.reference, rs):
        return _body_named_apart(ctx, rs, cs, ref_named)
    if rs.pos_ not in ("NOUN", "PROPN"):
        return None  # (a description's noun the tagger called a name, 'the national health Department', is no name)
    inside = [m for m in ctx.reference.entities if rs.left_edge.i <= m.token_start and m.token_end - 1 <= rs.right_edge.i]
    if inside:
        return None  # 'the lift company Grauhorn Bahnen AG': a description with its name, which `_other_speaker` weighs
    spans = _phrase_span(cs), _phrase_span(rs)
    noun = rs.lemma_.lower()

    def has_noun(doc: Document, ids: set[str]) -> bool:
        return any(m.cid in ids and noun in {fold(t.lemma_) for t in doc.doc[m.token_start : m.token_end]} for m in doc.entities)

    c_named = _named(ctx.candidate, cs)
    bodies = set(lexicon()["org_generic_heads"])
    named_words = {m.words[-1] for m in ctx.reference.entities if m.words}
    # a description of a party of its own: words of its own, a noun for a body that ends no name of the text
    own = _specific(rs) and noun in bodies and noun not in named_words and not _stands_for(ctx.reference, rv)
    if c_named:
        r_for = _stands_for(ctx.reference, rv)
        people = any(m.label == "PERSON" and not _own_voice(ctx, m.cid, rv) for m in ctx.candidate.entities if m.cid in c_named)
        if people or not c_named <= ref_named or has_noun(ctx.candidate, c_named):
            return None
        # only a description that the name itself has ('the council' for Farrowfield Borough Council): 'the company' for
        # the last organisation read is a guess
        theirs = r_for and has_noun(ctx.reference, set(r_for))
        return spans if (theirs and not r_for & c_named) or own else None
    c_for = _stands_for(ctx.candidate, cv) if cs.pos_ == "NOUN" and not _specific(cs) else frozenset()
    if own and cs.lemma_.lower() != noun and c_for and not has_noun(ctx.reference, set(c_for)):
        return spans
    return None


def _own_voice(ctx: Context, cid: str, rv: Token) -> bool:
    """A party the reference names with no post in either text and has speak in another sentence of its own ('Pellam
    Energy said work could start', a company the tagger took for a person): its own source, not someone who
    may speak for the body of the aligned sentence."""
    if titles_of(ctx.reference).get(cid) or titles_of(ctx.candidate).get(cid):
        return False
    speech = word_lists()["speech"]
    for m in ctx.reference.entities:
        if m.cid != cid or ctx.reference.doc[m.token_start].sent == rv.sent:
            continue
        head = ctx.reference.doc[m.token_end - 1]
        if head.dep_ == "nsubj" and head.head.lemma_.lower() in speech:
            return True
    return False


def _named_by_description(ctx: Context, noun: Token) -> set[str]:
    """The bodies of the reference whose name a description ends with its noun and has all its words ("the drivers'
    association" for the Marsham Taxi Drivers' Association, 'the council' for Marsham Borough Council)."""
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss")]
    the = any(c.lower_ == "the" for m in (noun, *modifiers) for c in m.children)  # "the drivers' association" too
    if noun.pos_ != "NOUN" or not the:
        return set()
    words = {fold(c.text).rstrip("'").removesuffix("'s") for c in modifiers} - {""}
    out = set()
    for m in ctx.reference.entities:
        name = {w.rstrip("'").removesuffix("'s") for w in m.words}
        if m.label != "PERSON" and m.cid and m.words and m.words[-1] == noun.lemma_.lower() and words <= name:
            out.add(m.cid)
        # 'the city' for a place the text names as 'the city of Varnholt'
        before = ctx.reference.doc[max(0, m.token_start - 2) : m.token_start]
        of_it = len(before) == 2 and before[1].lower_ == "of" and before[0].lemma_.lower() == noun.lemma_.lower()
        if m.label == "GPE" and m.cid and of_it and not words:
            out.add(m.cid)
    return out


def _descriptions_apart(ctx: Context, rs: Token | None, cs: Token | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Two speakers told by descriptions ('the council said' / "the drivers' association says") that each fit one
    body the reference names, two different bodies: the claim moved from one to the other. (candidate span, reference
    span), or None."""
    if rs is None or cs is None or rs.lemma_.lower() == cs.lemma_.lower():
        return None
    if _named(ctx.reference, rs) or _named(ctx.candidate, cs):
        return None
    r_ids, c_ids = _named_by_description(ctx, rs), _named_by_description(ctx, cs)
    if len(r_ids) != 1 or len(c_ids) != 1 or r_ids == c_ids:
        return None
    return _phrase_span(cs), _phrase_span(rs)


def _described_party_apart(ctx: Context, rs: Token | None, cs: Token | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The candidate's speaker is a description that the candidate itself gives a party the reference names ('the
    operators' after 'the two operators, Vexo and Tramline'), where the reference's speaker is a description of its own that
    is no word of the reference for that party ('according to the department'): the claim moved to the named party.
    (candidate span, reference span), or None."""
    if rs is None or cs is None or rs.pos_ != "NOUN" or cs.pos_ != "NOUN" or rs.lemma_.lower() == cs.lemma_.lower():
        return None
    if _named(ctx.reference, rs) or _named(ctx.candidate, cs) or not any(c.lower_ == "the" for c in cs.children):
        return None
    if not (cs.head.lower_ == "to" or (cs.dep_ == "nsubj" and cs.head.lemma_.lower() in word_lists()["speech"])):
        return None  # the subject of the speech verb itself, not one the parse lent it from a clause before
    if any(c.dep_ in ("cc", "acl", "relcl") for c in cs.children):
        return None  # ('a software update that the supplier, X, installed in August, and said': a parse astray)
    # the reference's speaker a body of a kind ('the department'), which the candidate keeps as a party of its own
    # elsewhere ('its mobility department announced'): two parties told apart, not one body in other words
    if rs.lemma_.lower() not in lexicon()["org_generic_heads"]:
        return None
    if not any(t.lemma_.lower() == rs.lemma_.lower() and t.pos_ in ("NOUN", "PROPN") and t.sent != cs.sent for t in ctx.candidate.doc):
        return None
    ref_named = {m.cid for m in ctx.reference.entities if m.cid and m.label == "ORG"}
    parties = _described_as(ctx.candidate, cs.lemma_.lower()) & ref_named
    if not parties or _word_for(ctx.reference, rs.lemma_.lower()) & parties or _stands_for(ctx.reference, rs.head) & parties:
        return None
    if any(rs.lemma_.lower() in m.words for m in ctx.reference.entities if m.cid in parties):
        return None  # 'the company' for Vexo Bike Company
    return _phrase_span(cs), _phrase_span(rs)


def _by_its_description(doc: Document, described: set[str], named: set[str]) -> bool:
    """The reference sets the party's nationality or place right before its name ('the Danish dairy group Holmgaard')."""
    return described_before(doc.doc, doc.entities, described, named, most=3)


def _described_as(doc: Document, noun: str) -> set[str]:
    """The bodies a text gives the noun as their description right before their names or in apposition ('the two
    operators, Vexo and Tramline', 'the operator Vexo', 'Vexo, the operator')."""
    out = set()
    for m in doc.entities:
        if m.label != "ORG" or not m.cid:
            continue
        before = [t for t in doc.doc[max(0, m.token_start - 2) : m.token_start]]
        just = bool(before) and before[-1].lemma_.lower() == noun
        apposed = len(before) == 2 and before[-1].text == "," and before[0].lemma_.lower() == noun
        beside = any(c.dep_ == "appos" and c.lemma_.lower() == noun for t in doc.doc[m.token_start : m.token_end] for c in t.children)
        if just or apposed or beside:
            out.add(m.cid)
    return out


def _body_named_apart(ctx: Context, rs: Token, cs: Token, ref_named: set[str]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A body named by the reference ('The Environment Office said') where the candidate's speaker is a bare description
    that ends the name of another body of the text ('according to the club', the Mere Angling Club): the claim moved to
    it. Bodies only: a person may well speak for the club."""
    r_ids = _named(ctx.reference, rs)
    if any(m.label == "PERSON" for m in ctx.reference.entities if m.cid in r_ids):
        return None
    if cs.pos_ != "NOUN" or _named(ctx.candidate, cs) or _specific(cs) or not any(c.lower_ == "the" for c in cs.children):
        return None
    noun = cs.lemma_.lower()
    named = [m for m in ctx.candidate.entities if m.token_end <= cs.i and m.label != "PERSON" and m.words and m.words[-1] == noun]
    if not named and not _speaker_elsewhere(ctx, noun, rs):
        return None
    if named and (named[-1].cid in r_ids or named[-1].cid not in ref_named):
        return None
    if any(m.cid in r_ids and noun in m.words for m in ctx.reference.entities):
        return None  # the reference's body has the noun itself
    return _phrase_span(cs), _phrase_span(rs)


def _speaker_elsewhere(ctx: Context, noun: str, rs: Token) -> bool:
    """The reference has a described party of that noun speak in a sentence of its own ('The county council said it had
    been given notice', where 'Local patients' group X said' is the aligned sentence's speaker): 'The council also
    warned' gives the claim to that party."""
    speech = word_lists()["speech"]
    own = ctx.reference.sentence_at(rs.idx)
    r_ids = _named(ctx.reference, rs)
    # the reference's speaker described as another kind ('Local patients' group X'): 'the lender' may well be what
    # 'Harlowe Building Society' is, with no word of its own to say otherwise
    kinds = {t.lemma_.lower() for t in rs.subtree if t.pos_ == "NOUN" and t.i < rs.i and t.dep_ in ("compound", "nmod", "appos")}
    kinds |= {c.lemma_.lower() for c in rs.children if c.dep_ == "appos" and c.pos_ == "NOUN"}
    if not kinds or noun in kinds:
        return False
    return any(
        t.lemma_.lower() == noun
        and t.pos_ == "NOUN"
        and t.dep_ == "nsubj"
        and t.head.lemma_.lower() in speech
        and any(c.lower_ == "the" for c in t.children)
        and ctx.reference.sentence_at(t.idx) != own
        and not _stands_for(ctx.reference, t.head) & r_ids  # (not the speaker itself, called by its kind)
        for t in ctx.reference.doc
    )


def _stands_for(doc: Document, verb: Token) -> frozenset[str]:
    """The names a speech verb's described speaker was resolved to ('the council' for the council named before)."""
    return frozenset(k for f in doc.frames if f.pred_i == verb.i for a in f.by_role("agent") if a.resolved for k in a.cids)


def _same_antecedent(ctx: Context, r_span: tuple[int, int], c_span: tuple[int, int]) -> bool:
    """Two speakers named by descriptions that both stand for one name given before them."""

    def stands_for(doc: Document, span: tuple[int, int]) -> frozenset[str]:
        return frozenset(k for s in _said(doc) if s.span[0] <= span[0] and span[1] <= s.span[1] for k in s.stands_for)

    mine = stands_for(ctx.candidate, c_span)
    return bool(mine) and bool(mine & stands_for(ctx.reference, r_span))


def _of_what(tok: Token) -> bool:
    """A name after 'of', 'at' or 'for' in a title's phrase: where the post is ('the mayor of London', 'the director
    general of the BBC'), not who holds it."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("of", "at", "for", "in")


def _titled(doc, tok: Token, ids: set[str]) -> set[str]:
    """The speaker's names, less a title the tagger took for one ('Councillor for festivities X said': the title is no
    one; the name in its phrase is)."""
    return {m.cid for m in doc.entities if m.cid in ids and not (m.token_end - m.token_start == 1 and fold(m.text) in titles())}


def _party_described(ctx: Context, cs: Token, r_ids: set[str], rs: Token) -> set[str]:
    """The party the reference calls by the candidate speaker's words, where that is not the reference's speaker: a
    description of two or more words that the reference gives a party in a sentence of its own ('the county heritage
    service, which is funding the dig' / '..., according to the county heritage service', where the reference's
    source is the dig's leader). A marker, not a name: the reference sentences aligned with the candidate's must not
    use those words (they would be the speaker's own)."""
    words = [t for t in cs.subtree if t.is_alpha and not t.is_stop and t.dep_ in ("compound", "amod") or t.i == cs.i]
    if len(words) < 2 and not _affiliated_elsewhere(ctx, cs, r_ids, rs):
        return set()
    phrase = re.compile(r"\b" + r"\W+".join(re.escape(t.lower_) for t in words) + r"\b")
    aligned = ctx.refs_for(ctx.candidate.sentence_at(cs.idx))
    found = [s for s in ctx.reference.sentences if phrase.search(s.text.lower())]
    if not found or any(s.index in aligned for s in found):
        return set()
    own = ctx.reference.text[rs.left_edge.idx : rs.right_edge.idx + len(rs.right_edge.text)].lower()
    if phrase.search(own):
        return set()  # 'according to the borough archivist' / 'Borough archivist Leah Tomczak said': the speaker's own post
    if _post_of(ctx.reference, phrase, r_ids):
        return set()  # 'Consul-General Ilse Varro said ...'; later 'Ms Varro said' / 'the consul-general said': her post
    return {f"described:{' '.join(t.lower_ for t in words)}"} - r_ids


_FORMER = frozenset({"former", "ex", "onetime", "one-time", "erstwhile", "then", "previous", "outgoing"})


def _post_of(doc: Document, phrase: re.Pattern, ids: set[str]) -> bool:
    """The words are said of one of the named parties somewhere in the text: set just before the name or hung on it
    ('Consul-General Ilse Varro', 'Ilse Varro, the consul-general')."""
    mentions = [m for m in doc.entities if m.cid in ids]
    for match in phrase.finditer(doc.text.lower()):
        span = doc.doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or any(t.lower_ in _FORMER for w in span for t in (w, *w.children)):
            continue  # 'Ms Varro, a former trade minister': not her post now
        for m in mentions:
            name = range(m.token_start, m.token_end)
            if span[-1].i + 1 == m.token_start or any(t.head.i in name or t.i in name for t in span):
                return True
            root = doc.doc[m.token_start : m.token_end].root
            if any(t.dep_ == "appos" and t.head.i == root.i for t in span):
                return True
    return False


def _two_bodies(ctx: Context, rs: Token, cs: Token) -> bool:
    """Two bodies named by their kinds ('the port authority estimates' / 'according to the union'), the candidate's one
    the reference names as a party of its own in a sentence that is not this one's: the claim moved to it."""
    # a kind of body, or the last word of a body's name in the reference ('the trust' for Orbury Hospital Trust)
    bodies = set(lexicon()["org_generic_heads"]) | {m.words[-1] for m in ctx.reference.entities if m.words and m.label != "PERSON"}
    r_head, c_head = rs.lemma_.lower(), cs.lemma_.lower()
    if r_head not in bodies or c_head not in bodies or r_head == c_head or rs.pos_ != "NOUN" or cs.pos_ != "NOUN":
        return False
    claim = {t.i for c in cs.head.children if c.dep_ == "ccomp" for t in c.subtree}
    if any(t.lemma_.lower() == r_head and t.i not in claim for t in cs.sent):
        # the candidate's sentence names the reference's body too: it may have its say there (not as one the claim is
        # about: 'The museum says ... an auction house tipped off police')
        return False
    mentions = [m for m in ctx.reference.entities + ctx.candidate.entities if m.words]
    named = {m.words[-1] for m in mentions}
    if c_head in named:
        return False  # 'the company' / 'the group' may both be Penby Group
    if r_head in named:
        # the reference's body named, by its last word ('the trust' for Orbury Hospital Trust): the candidate's noun
        # another party only where it is no word of that name ('the hospital'), nor the reference's word for one, nor
        # the same kind of body in other words ('the company' / 'the firm')
        if any(c_head in m.words for m in mentions if m.words[-1] == r_head) or _word_for(ctx.reference, c_head):
            return False
        if _one_source_reworded(rs.lemma_, cs.lemma_):
            return False
    if _modifiers(rs) and _modifiers(rs) == _modifiers(cs):
        return False  # "the council's technical department" / "the council's technical services": one body, two words
    if _one_source_reworded(rs.lemma_, cs.lemma_):
        return False  # 'the company' / 'the firm': one kind of body in other words
    if _word_for(ctx.reference, c_head) & _stands_for(ctx.reference, rs.head):
        return False  # 'the company' for 'Media group Vandermeer Media' / 'the group': the reference's own word for it
    aligned = ctx.refs_for(ctx.candidate.sentence_at(cs.idx))
    # the body as a party ('the union', "the league's union"), not a word of a phrase ('out of service')
    elsewhere = [
        t
        for t in ctx.reference.doc
        if t.lemma_.lower() == c_head and t.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in t.children)
    ]
    return bool(elsewhere) and not any(ctx.reference.sentence_at(t.idx) in aligned for t in elsewhere)


def _word_for(doc: Document, noun: str) -> set[str]:
    """The names a text gives a noun as their description, just before them or in apposition ('Media group Vandermeer
    Media', 'the retailer Penby', 'Penby, the retailer')."""
    out = set()
    for m in doc.entities:
        before = doc.doc[max(0, m.token_start - 2) : m.token_start]
        beside = [c for t in doc.doc[m.token_start : m.token_end] for c in t.children if c.dep_ == "appos"]
        if m.cid and any(t.lemma_.lower() == noun for t in (*before, *beside)):
            out.add(m.cid)
    return out


def _modifiers(noun: Token) -> set[str]:
    """The words that make a description of a body its own: its owner and its adjectives and compounds."""
    return {t.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound", "poss") for t in c.subtree if t.is_alpha}


def _affiliated_elsewhere(ctx: Context, cs: Token, r_ids: set[str], rs: Token) -> bool:
    """A body named by its kind alone ('according to the ministry') where the reference's speaker is a person whose
    post, there or anywhere in the text, ties them to a body of another kind ('The association's president, Renate
    Falk'): the claim moved to another party, though one word names it."""
    head = cs.lemma_.lower()
    bodies = set(lexicon()["org_generic_heads"])
    if head not in bodies or head in ("organisation", "organization", "group", "body", "unit"):
        return False  # a word for any body ('the organisation') may be the speaker's own
    people = {m.cid for m in ctx.reference.entities if m.cid in r_ids and m.label == "PERSON"}
    if not people:
        return False  # a body speaking ('Snackpoint said') may well be 'the company'
    posts = titles_of(ctx.reference)
    theirs = {w for cid in people for t in posts.get(cid, []) for w in t.words | {t.head}}
    # the speaker's own phrase, not its clauses: 'The association's president, X'
    theirs |= {fold(t.lemma_) for c in rs.children if c.dep_ in ("poss", "compound", "amod") for t in c.subtree if t.pos_ == "NOUN"}
    theirs &= bodies
    return bool(theirs) and head not in theirs


_QUOTE = re.compile(r"[\"“”„]([^\"“”„]{3,300}?)[\"“”]")
# single quotation marks: an opening one after a space or at the start, a closing one before a space or a stop (not
# the apostrophe inside "Millhaven's")
_SINGLE_QUOTE = re.compile(r"(?:^|(?<=[\s(]))['‘]([^'‘’\n]{3,300}?)['’](?=[\s.,;:!?)]|$)")


def _quotes(doc) -> dict[str, int]:
    """Quoted words of two or more (folded) -> where the quotation starts."""
    out = {}
    singles = [q for q in _SINGLE_QUOTE.finditer(doc.text) if not _a_title(q.group(1))]
    for q in [*_QUOTE.finditer(doc.text), *singles]:
        words = " ".join(w.lower() for w in re.findall(r"\w+", q.group(1)))
        if len(words.split()) >= 2:
            out.setdefault(words, q.start(1))
    return out


def _a_title(text: str) -> bool:
    """Words in single marks that name a work, not words said: every word capitalised ('Paper Lanterns', 'Harbour
    Lights'), or fewer than three words."""
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) < 3 or all(w[:1].isupper() for w in words if len(w) > 3)


def _quoter(doc, at: int) -> Token | None:
    """The subject of the verb a quotation hangs on ('X dismissed the vote as "..."'), or of the verb above one
    without its own ('X denied the charge and called the vote "..."')."""
    span = doc.doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = next((t for t in [span[0], *span[0].ancestors] if t.pos_ == "VERB"), None)
    speech = word_lists()["speech"]
    sources = [s for s in map(_according_to, span[0].sent) if s is not None]
    if len(sources) == 1 and not any(a.lemma_.lower() in speech for a in (span[0], *span[0].ancestors)):
        # '..., all in "good condition", according to the archivist': the source the sentence names, where no verb of
        # saying gives the words a speaker ('Rivas said the roads were "a disgrace", according to the Tribune')
        return sources[0]
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
            return verb.head  # 'the trust, which called the plan "..."': the trust
        if subject is not None:
            return subject
        # 'X denied it and called ...', 'X proposed it, describing it as ...': the subject of the verb above
        verb = verb.head if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.pos_ == "VERB" else None
    return None


def _quote_moved(ctx: Context) -> Iterator[Finding]:
    """The same quotation in both texts, put in the mouth of another named person ('Brandt called the plan "a
    tax on shoppers"' -> 'Stam described the plan as "a tax on shoppers"')."""
    ref_quotes, ref_named = _quotes(ctx.reference), {m.cid for m in ctx.reference.entities}
    for words, at in _quotes(ctx.candidate).items():
        if words not in ref_quotes:
            continue
        rs, cs = _quoter(ctx.reference, ref_quotes[words]), _quoter(ctx.candidate, at)
        moved = _other_speaker(ctx, rs, cs, ref_named) or _quoted_party(ctx, rs, cs) or _body_to_person(ctx, rs, cs)
        moved = moved or _named_to_body(ctx, rs, cs) or _post_holder_apart(ctx, rs, cs)
        if moved is None:
            continue
        c_span, r_span = moved
        yield ctx.finding(
            FindingType.ATTRIBUTION,
            Severity.MAJOR,
            0.7,
            f"the candidate puts these words in the mouth of {ctx.candidate.text[slice(*c_span)]}; the reference quotes "
            f"{ctx.reference.text[slice(*r_span)]}",
            c_span,
            r_span,
            NAME,
        )


def _body_to_person(ctx: Context, rs: Token | None, cs: Token | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A quotation of a body named by its kind ('the city's parks department, which called the scheme "..."') put in the
    mouth of a person the reference names apart from that body ('according to head gardener X'): (candidate span,
    reference span), or None. Not where the person speaks for the body: a post of theirs in the reference names its
    kind or a spokesperson ('department head X', 'X, a council spokeswoman')."""
    if rs is None or cs is None:
        return None
    if rs.lower_ in ("which", "who", "that") and rs.head.dep_ == "relcl":
        rs = rs.head.head  # 'the department, which described it as "..."': the department
    body = rs.lemma_.lower()
    if rs.pos_ != "NOUN" or body not in lexicon()["org_generic_heads"] or _named(ctx.reference, rs):
        return None
    inside = range(rs.left_edge.i, rs.right_edge.i + 1)
    if any(m.label == "PERSON" and m.token_start in inside for m in ctx.reference.entities):
        return None  # 'the department, led by X': its people may speak for it
    people = {m.cid for m in ctx.candidate.entities if m.label == "PERSON" and m.token_start <= cs.i < m.token_end and m.cid}
    if not people or not people <= {m.cid for m in ctx.reference.entities}:
        return None
    if any(m.cid in people and m.label != "PERSON" for m in ctx.reference.entities + ctx.candidate.entities):
        return None  # 'Bluegum' for 'Bluegum Naturals': a body the tagger took for a person once, maybe the body itself
    mentions = [m for m in ctx.reference.entities if m.cid in people]
    if any(m.token_start in range(rs.sent.start, rs.sent.end) for m in mentions):
        return None  # the person is in the quotation's own sentence ('according to its head, X'): the words may be theirs
    posts = {w for cid in people for t in titles_of(ctx.reference).get(cid, []) for w in t.words | {t.head}}
    near = {t.lemma_.lower() for m in mentions for t in ctx.reference.doc[max(0, m.token_start - 4) : m.token_end + 6]}
    if body in posts | near or any(w.startswith("spokes") for w in posts | near):
        return None
    name = next(m for m in ctx.candidate.entities if m.cid in people and m.token_start <= cs.i < m.token_end)
    return (min(cs.left_edge.idx, name.start), name.end), (rs.left_edge.idx, rs.idx + len(rs.text))


def _named_to_body(ctx: Context, rs: Token | None, cs: Token | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A quotation of a named party put in the mouth of another body the reference names, called by the word its name
    has ('Charity X said the findings were "..."' / 'The inspectorate called the findings "..."', the reference's
    'Inspectorate of Y' another party): (candidate span, reference span), or None."""
    if rs is None or cs is None or cs.pos_ != "NOUN" or _named(ctx.candidate, cs):
        return None
    r_ids = _named(ctx.reference, rs)
    if not r_ids:
        return None
    word = cs.lemma_.lower()
    own = [m for m in ctx.reference.entities if m.cid in r_ids]
    if any(word in m.words for m in own) or any(t.lemma_.lower() == word for t in rs.subtree):
        return None  # 'Charity X ... the charity said': its own kind
    others = {m.cid for m in ctx.reference.entities if m.cid not in r_ids and m.label in ("ORG", "PROPN") and word in m.words}
    if len(others) != 1:
        return None
    return (cs.left_edge.idx, cs.idx + len(cs.text)), (own[0].start, own[0].end)


def _quoted_party(ctx: Context, rs: Token | None, cs: Token | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A quotation of a named person put in the mouth of a party the candidate names by description ('Mayor Ineke van
    Dorsten said the risks were "simply too great"' / '"simply too great", the fire brigade said'), a party the reference
    names only in other sentences than the quotation's and not in the speaker's own phrase or post: (candidate span,
    reference span), or None. The quotation ties the words to one speaker, whatever the alignment of the sentences."""
    if rs is None or cs is None or cs.pos_ != "NOUN" or not any(c.dep_ == "det" for c in cs.children):
        return None
    people = [m for m in ctx.reference.entities if m.label == "PERSON" and m.token_start <= rs.i < m.token_end]
    if not people or _named(ctx.candidate, cs):
        return None
    words = [t.lower_ for t in cs.subtree if t.dep_ == "compound" or t.i == cs.i]
    phrase = re.compile(r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b")
    quoted_in = rs.sent
    elsewhere = [s for s in ctx.reference.doc.sents if s.start != quoted_in.start and phrase.search(s.text.lower())]
    own = {fold(t.lemma_) for t in rs.subtree} | {w for t in titles_of(ctx.reference).get(people[0].cid, []) for w in t.words | {t.head}}
    if not elsewhere or phrase.search(quoted_in.text.lower()) or cs.lemma_.lower() in own:
        return None
    return _phrase_span(cs), _phrase_span(rs)


_PRONOUNS = {"he", "she", "it", "they"}
_PLACES = {"GPE", "LOC", "FAC"}


@dataclass(frozen=True)
class _Said:
    who: frozenset[str]  # the entity ids the speaker is or stands for
    place: bool  # a place speaks: 'Brussels said' stands for an institution there
    head: str  # the speaker's head word
    words: frozenset[str]  # the content words of what is said
    speaker: str  # the speaker's words, for the message ('another source' where the parse gives none)
    span: tuple[int, int]  # the statement with its speaker
    stands_for: frozenset[str] = frozenset()  # a description's antecedent ('the company' after 'RTV Almara')
    specific: bool = False  # a description with words of its own ('the regional environment agency', not 'the firm')


def _speaker_names(doc, verb: Token) -> list:
    """The names that are a speech verb's speaker: a subject itself, its apposition ('Kestor's chief executive, Ana
    Brill'), or whom it speaks for ('analysts at the brokerage X', 'a spokesman for X'); not a modifier ('the White
    House press secretary'), no demonym, no description ('the Frenchman'). The parser may give the verb two subjects."""
    places: set[int] = set()
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        places.add(subject.i)
        for c in subject.children:
            if c.dep_ == "appos":
                places.add(c.i)
            elif c.dep_ == "prep" and c.lower_ in ("at", "of", "from", "for"):
                for pobj in (g for g in c.children if g.dep_ == "pobj"):
                    places |= {pobj.i, *(a.i for a in pobj.children if a.dep_ == "appos")}
    return [
        m
        for m in doc.entities
        if m.cid and m.label != "NORP" and not _described(doc, m) and any(m.token_start <= i < m.token_end for i in places)
    ]


def _described(doc, mention) -> bool:
    """'the Frenchman', 'the Commission': one word after 'the' is as likely a description as a name."""
    return mention.token_end - mention.token_start == 1 and mention.token_start > 0 and doc.doc[mention.token_start - 1].lower_ == "the"


def _said_by_another(clause: Token) -> set[int]:
    """The words of a speech verb below the clause with a subject and a clause of its own, set beside the clause ('X warned
    that the rules could add 4%, while Y said the measure would cut emissions'): Y's claim, not X's (not what the speaker
    passes on: 'said inspectors reported the dam was safe')."""
    speech = word_lists()["speech"]
    return {
        k.i
        for t in clause.subtree
        if t.i != clause.i
        and t.dep_ in ("advcl", "conj")
        and t.lemma_.lower() in speech
        and _own_source(t)
        and any(c.dep_ == "ccomp" for c in t.children)
        for k in t.subtree
    }


def _own_source(verb: Token) -> bool:
    """The speech verb has a subject of its own that is no pronoun ('while Y said', not 'although it stressed', which
    may be the speaker above it going on)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in verb.children)


def _said(doc) -> Iterator[_Said]:
    """Each speech verb with a clause ('X said the target looked too high') whose speaker is named or is a pronoun
    resolved to a name; a description ('the company') is left out: what it stands for is a guess."""
    for f in doc.frames:
        if not f.is_speech or f.nominal:
            continue
        verb = doc.doc[f.pred_i]
        if any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children) or (verb.dep_ == "pcomp" and verb.head.lower_ == "with"):
            continue  # 'with H5N1 confirmed at 18 sites': a participle of what was confirmed, no one speaking
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and not _across_semicolon(c, verb)), None)
        subject = _speaker(verb)
        if clause is None or subject is None:
            continue
        # 'X accused her and said ...': the subject is the first verb's
        named = _speaker_names(doc, verb if subject.head.i == verb.i else subject.head)
        if not named and subject.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
            named = [m for m in doc.entities if m.token_start <= verb.head.i < m.token_end and m.cid]  # 'X, which said'
        before = ""
        if named:
            who, place = frozenset(m.cid for m in named), all(m.label in _PLACES for m in named)
        elif subject.lower_ in _PRONOUNS:
            who, place = frozenset(k for a in f.by_role("agent") if a.resolved for k in a.cids), False
            if not who and subject.lower_ in ("he", "she"):
                # '... said the object was moving, though she cautioned that ...': the one person who spoke before it
                # in its sentence goes on
                who, before = _speaker_before(doc, verb, same_sentence=True)
            if not who and subject.lower_ in ("he", "she") and verb.sent.start > 0:
                # 'She added that ...' right after a sentence in which one person spoke: that person goes on
                who, before = _speaker_before(doc, verb)
        elif subject.pos_ == "NOUN" and any(c.dep_ == "det" for c in subject.children):
            who, place = frozenset(), False  # a description: 'the regulator said'
        else:
            continue
        stands_for = frozenset(k for a in f.by_role("agent") if a.resolved for k in a.cids) if not who else frozenset()
        specific = not who and _specific(subject)
        # (its figures and years among its words: 'its provenance before 1910 was not fully documented')
        # the clause itself, not a clause joined to it ('said X looked too high and predicted that ...'); a second
        # clause said by the same verb ('said X would run and that Y had doubled') is said too
        joined = [c for c in clause.children if c.dep_ == "conj"]
        taken = {t.i for c in joined for t in c.subtree} | _said_by_another(clause)
        words = frozenset(fold(t.lemma_) for t in clause.subtree if (t.is_alpha or t.like_num) and not t.is_stop and t.i not in taken)
        agents = f.by_role("agent")
        speaker = doc.text[agents[0].start : agents[0].end] if agents else "another source"
        if before:
            speaker = f"'{speaker}' ({before})"
        span = f.extent(include_subject=True)
        yield _Said(who, place, subject.lemma_.lower(), words, speaker, span, stands_for, specific)
        for c in joined:
            if c.lemma_.lower() in word_lists()["speech"]:
                continue  # '..., and the animal charity Pawline says it will ...': another speaker's claim, its own
            if c.pos_ in ("VERB", "AUX") and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children):
                words = frozenset(fold(t.lemma_) for t in c.subtree if (t.is_alpha or t.like_num) and not t.is_stop)
                yield _Said(who, place, subject.lemma_.lower(), words, speaker, span, stands_for, specific)
        # a second speech verb of the same speaker that the parse hangs on the first as its clause ('said the deadline
        # was too short and warned that ...'): what it says, by the same speaker
        for c in verb.children:
            if c.dep_ != "ccomp" or c.i == clause.i or c.pos_ != "VERB" or any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children):
                continue
            own = next((k for k in c.children if k.dep_ == "ccomp"), None)
            if own is not None and c.lemma_.lower() in word_lists()["speech"]:
                words = frozenset(fold(t.lemma_) for t in own.subtree if (t.is_alpha or t.like_num) and not t.is_stop)
                yield _Said(who, place, subject.lemma_.lower(), words, speaker, span, stands_for, specific)
    yield from _said_according_to(doc)


def _speaker_before(doc, verb: Token, same_sentence: bool = False) -> tuple[frozenset[str], str]:
    """The one person named as the speaker of a speech verb of the sentence before the verb's, where the verb carries
    that account on ('... said fines put off families. She added that ...'), with the name as written; nothing where
    that sentence has no such speaker or more than one. `same_sentence`: of the verb's own sentence, before the verb
    ('X said the object was moving, though she cautioned that ...')."""
    before = doc.doc[verb.sent.start : verb.i] if same_sentence else doc.doc[verb.sent.start - 1].sent
    people: dict[str, str] = {}
    for t in before:
        if t.pos_ == "VERB" and t.lemma_.lower() in word_lists()["speech"] and any(c.dep_ == "ccomp" for c in t.children):
            # (the tagger's label of a person is unsure: any name but a place's)
            people.update({m.cid: m.text for m in _speaker_names(doc, t) if m.label not in _PLACES})
    return (frozenset(people), next(iter(people.values()))) if len(people) == 1 else (frozenset(), "")


def _said_according_to(doc) -> Iterator[_Said]:
    """'According to X, ...' / '..., according to X': X says the clause the phrase hangs on, as 'X said' would."""
    for t in doc.doc:
        source = _according_to(t)
        verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if source is None or verb is None:
            continue
        phrase = {k.i for k in t.subtree}
        named = [m for m in doc.entities if m.cid and m.label != "NORP" and any(m.token_start <= k < m.token_end for k in phrase)]
        if named:
            who, place = frozenset(m.cid for m in named), all(m.label in _PLACES for m in named)
        elif source.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in source.children):
            who, place = frozenset(), False  # 'according to the service': a description
        else:
            continue
        # the clause itself, not one joined to it ('..., but children should see a doctor')
        joined = {k.i for c in verb.children if c.dep_ == "conj" for k in c.subtree}
        words = frozenset(fold(k.lemma_) for k in verb.subtree if k.is_alpha and not k.is_stop and k.i not in phrase | joined)
        left = min(k.idx for k in verb.subtree)
        right = max(k.idx + len(k.text) for k in verb.subtree)
        speaker = doc.text[source.left_edge.idx : source.right_edge.idx + len(source.right_edge.text)]
        yield _Said(who, place, source.lemma_.lower(), words, speaker, (left, right), specific=not who and _specific(source))


def _specific(noun: Token) -> bool:
    """A description with words of its own ('the regional environment agency', 'the association's chairwoman'), which
    introduces a party; a bare 'the firm' or 'the retailer' mostly points back to one named before."""
    return any(c.dep_ in ("amod", "compound", "poss") for c in noun.children)


def _another_party(ctx: Context, head: str, who: frozenset[str]) -> bool:
    """The reference names by `head` a party other than the speaker `who` ('the regulator of Norvale', a phrase with
    another name in it) and never gives that word to the speaker (as 'the consumer group X' gives 'group' to X): the
    description is another party. A bare 'the airline' may be the speaker itself: no evidence."""
    doc = ctx.reference.doc
    words = [t for t in doc if t.lemma_.lower() == head and t.pos_ == "NOUN"]
    if any(s.head == head for s in _said(ctx.reference)):
        return False  # the reference has 'the X' speak too: maybe the speaker under another name ('Hart said' ... 'the goalkeeper said')
    mentions = [m for m in ctx.reference.entities if m.cid in who]
    other = False
    for t in words:
        for m in mentions:
            root = doc[m.token_start : m.token_end].root
            if t.head.i == root.i or root.head.i == t.i or m.token_start <= t.i < m.token_end:
                return False  # 'the consumer group X', 'X, a consumer group'
        # (not the place it is in: 'a hedgehog rescue centre in Marlow Green' names no other party)
        placed = {k.i for p in t.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "near", "outside") for k in p.subtree}
        phrase = {k.i for k in t.subtree} - placed
        other = other or any(m.cid and m.cid not in who and m.token_start in phrase for m in ctx.reference.entities)
    # a name of another party ends in the word ('the foundation' where the reference names the Marden Foundation and
    # has someone else say it), unless the speaker's own title has it ('Observatory head Dr Temana')
    roots = [doc[m.token_start : m.token_end].root for m in mentions]
    titled = any(t.lower_ == head and root.i in (t.head.i, t.head.head.i) for t in doc for root in roots)
    return other or (not titled and any(m.cid and m.cid not in who and m.words and m.words[-1] == head for m in ctx.reference.entities))


def _called(ctx: Context, who: frozenset[str], text: Document | None = None) -> set[str]:
    """What the reference (or `text`) calls a named party, by the nouns joined to its name ('local campaign group Clear
    Air Ashby', 'Clear Air Ashby, a campaign group', 'the manager, Wim de Roos'): its kind."""
    text = text or ctx.reference
    doc = text.doc
    out: set[str] = set()
    for m in text.entities:
        if m.cid not in who:
            continue
        root = doc[m.token_start : m.token_end].root
        # a noun before the name ('campaign group X'), or set after it with an article ('X, a campaign group')
        near = [
            c
            for c in root.children
            if c.pos_ == "NOUN"
            and not m.token_start <= c.i < m.token_end
            and (
                (c.dep_ == "compound" and c.i < m.token_start)
                or (c.dep_ == "appos" and any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in c.children))
            )
        ]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            near.append(root.head)
        out |= {t.lemma_.lower() for t in near}
    return out


def _gender(words: str) -> set[str]:
    """'male' or 'female' for each word of the phrase that says it (lexicon `gendered_words`: 'Mr', 'daughter', 'she')."""
    lex = lexicon()["gendered_words"]
    found = {fold(w) for w in re.findall(r"[A-Za-z]+", words)}
    return {kind for kind, listed in lex.items() if found & set(listed)}


def _genders_differ(a: str, b: str) -> bool:
    """Two speakers' phrases that each say one gender, not the same ('Mr Quayle' / "Mr Quayle's daughter" reads female
    by its last noun, the owner's title aside)."""
    first, second = _gender(a), _gender(re.split(r"['’]s\s+", b)[-1])
    return len(first) == 1 and len(second) == 1 and first != second


def _named_just_before(doc: Document, who: frozenset[str], char: int) -> bool:
    """One of `who` is named before `char`, in its sentence or the one before."""
    first = max(0, doc.sentence_at(char) - 1)
    return any(m.cid in who and m.end <= char and doc.sentence_at(m.start) >= first for m in doc.entities)


def _content_moved(ctx: Context) -> Iterator[Finding]:
    """What one source says in the reference ('Analysts at X said the target looked too high') said in the same
    words by another in the candidate ('the company admitted that the target looked too high'), wherever the
    two sentences are: the claim changed hands. The speakers are compared by the names they are or stand for (a
    pronoun resolved to its name); the content must share three words and half of all. A place against a person or
    an institution is no other source ('Brussels said' for 'the Commission said')."""
    every = list(_said(ctx.reference))
    said = [r for r in every if r.who]
    speakers = {k for r in said for k in r.who}
    known = {m.cid for m in ctx.candidate.entities if supported(m, ctx.reference.entities)}
    told = list(_said(ctx.candidate))
    for c in told:
        if len(c.words) < 2 or not c.who <= known:
            continue  # a speaker the reference never names is the entity check's finding
        # a description speaks in the reference ('the regional agency warned'), a name in the candidate that the
        # reference gives another kind ('local campaign group X'): another party
        # ... and is heard by name in the reference, so that the description is someone else ('the firm said' may be Veldt)
        kinds = _called(ctx, c.who) if c.who and any(r.who & c.who for r in said) else set()
        described = [
            r for r in every if not r.who and r.specific and kinds and r.head.isalpha() and r.head not in kinds and not r.stands_for & c.who
        ]
        # three words in common and half of all, or a short claim in the very same words ('costs had doubled'), or three
        # or more words all of the reference's claim
        alike = [
            r
            for r in said + described
            if len(c.words & r.words) >= max(3, 0.5 * len(c.words | r.words))
            or (len(c.words) < 3 and c.words == r.words)
            or (len(c.words) >= 3 and c.words <= r.words)  # (a part of it, as summaries shorten: 'some smaller shoots could close')
        ]
        if not alike or any(r.who & c.who or r.head == c.head or r.place != c.place for r in alike):
            continue
        if not c.who and not _another_party(ctx, c.head, alike[0].who):
            continue  # a description ('the group said') that may well be the reference's speaker
        claim = ctx.reference.sentences[ctx.reference.sentence_at(alike[0].span[0])].text.replace(alike[0].speaker, "")
        # (a party the reference never has speak, named in the sentence of the claim)
        about = (
            c.who
            and not c.who & speakers
            and c.head not in _PRONOUNS
            and re.search(rf"(?<!\w){re.escape(fold(c.speaker))}(?!\w)", fold(claim))
        )
        if about:
            continue  # 'with H5N1 confirmed at 18 of 20 sites': the candidate's 'speaker' is what the claim is about
        if not c.who and alike[0].head in _PRONOUNS:
            continue  # 'which it says' / 'which the charity says': whom the pronoun stands for is the resolver's guess
        theirs_named = {fold(w) for m in ctx.reference.entities if m.cid in alike[0].who for w in m.text.split()}
        # (a surname the linker could give to no one person of the reference, as two share it)
        unlinked = c.who - {m.cid for m in ctx.reference.entities}
        mine_named = {fold(w) for m in ctx.candidate.entities if m.cid in unlinked for w in m.text.split()} - set(titles())
        if unlinked and mine_named and mine_named <= theirs_named and not _genders_differ(c.speaker, alike[0].speaker):
            continue  # 'According to Ms Hale' / 'Josephine Hale ... she said': a surname of the reference's speaker
        # ('The charity says it has taken on 96, though it cautioned that ...': the pronoun after a speaker of its own
        # sentence is that speaker, unless that one is another named party)
        sentence = ctx.candidate.sentence_at(c.span[0])
        before = [o for o in told if o.span[0] < c.span[0] and ctx.candidate.sentence_at(o.span[0]) == sentence]
        if c.head in _PRONOUNS and before and not any(o.who and not o.who & alike[0].who for o in before):
            continue
        if c.head in _PRONOUNS and _named_just_before(ctx.candidate, alike[0].who, c.span[0]):
            continue  # '..., its current owner, Graham Tulley. The oldest horse dates from 1860, he said': the pronoun
            # may stand for the reference's speaker, named just before it, whatever the resolver guessed
        if not c.who and c.head in _called(ctx, alike[0].who, ctx.candidate):
            continue  # 'X, a delivery company, ... The company said': the candidate gives the speaker that name itself
        if c.head in {fold(w) for w in re.findall(r"[A-Za-z]+", alike[0].speaker.lower())} and not alike[0].who & c.who:
            continue  # 'Club president X said' / 'the club says': the body's own officer speaks for it
        r = alike[0]
        # (the speakers' phrases, less the verb they end with)
        theirs = {fold(w) for w in re.findall(r"[A-Za-z]+", ctx.reference.text[slice(*r.span)])[:-1] if w.lower() not in STOP_WORDS}
        if len(theirs) >= 2 and theirs <= {fold(w) for w in re.findall(r"[A-Za-z]+", ctx.candidate.text[slice(*c.span)])}:
            continue  # 'Daniel Achterberg, a nurse at Wrenfield General Hospital, said' / 'A nurse at Wrenfield General Hospital said'
        c_name, r_name = c.speaker, r.speaker
        yield ctx.finding(
            FindingType.ATTRIBUTION,
            Severity.MAJOR,
            0.6,
            f"the candidate has {c_name} say this; the reference, {r_name}",
            c.span,
            r.span,
            NAME,
        )


_BESIDE_MARKS = frozenset({"while", "whereas", "although", "though", "as", "after", "before", "when", "because", "since"})
_PERSONAL = frozenset({"he", "she", "they", "it", "who", "we", "i", "you", "man", "woman", "person"})
SAME_STAND = 0.5  # the least share of the content words of the shorter of two stands the other must have to be one


def _party(doc: Document, subject: Token) -> tuple[set[str], tuple[str, ...]]:
    """Who a subject is: the names in its phrase (and its apposition), and its noun with the nouns and adjectives before
    it ('education department')."""
    # the name the subject is, or the one set beside it ('The trust's chief executive, Owen Pryce'); not a name that only
    # says whose or of what it is ('Karsten Rail's chief executive', 'the Southampton manager'), nor a country or
    # nationality, which may describe a named party ('the Swedes' for the Swedish group Varnberg)
    beside = {t.i for c in subject.children if c.dep_ == "appos" for t in c.subtree}
    ids = {
        m.cid
        for m in doc.entities
        if m.cid and not m.country and (m.token_start <= subject.i < m.token_end or any(m.token_start <= i < m.token_end for i in beside))
    }
    words = tuple(sorted(c.lemma_.lower() for c in subject.children if c.dep_ in ("compound", "amod"))) + (subject.lemma_.lower(),)
    return ids, words


def _party_words_in(sent: SpacySpan, words: tuple[str, ...]) -> bool:
    """The sentence has a noun with these words ('the education department said ...')."""
    head, mods = words[-1], set(words[:-1])
    return any(t.lemma_.lower() == head and t.pos_ in ("NOUN", "PROPN") and mods <= {c.lemma_.lower() for c in t.children} for t in sent)


def _stands(sent: SpacySpan) -> list[tuple[Token, Token]]:
    """(verb, subject) of each stand or claim of the sentence: a verb of saying, believing or taking a stand (lexicon
    `stance_predicates`) with a noun for its subject."""
    lex = lexicon()
    verbs = {*lex["speech_predicates"], *lex["belief_predicates"], *lex["stance_predicates"]}
    out = []
    for v in sent:
        subject = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subject is None and v.dep_ == "acl" and v.tag_ == "VBD" and v.head.i < v.i:
            subject = v.head  # 'The trust's chief executive, Owen Pryce, called for ...', the verb hung on its subject
        if v.pos_ == "VERB" and v.lemma_.lower() in verbs and subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            out.append((v, subject))
    return out


def _own_clause(verb: Token) -> list[Token]:
    """The verb's words without the clauses joined to it or set beside it ('described the strike as irresponsible and
    urged ..., while X said ...': the first)."""
    beside = [c for c in verb.children if c.dep_ in ("conj", "advcl", "parataxis") and c.pos_ in ("VERB", "AUX")]
    # (a clause of time or contrast, not one of what is called for: 'called for every school to have a specialist')
    beside = [c for c in beside if c.dep_ != "advcl" or any(m.dep_ == "mark" and m.lower_ in _BESIDE_MARKS for m in c.children)]
    apart = {t.i for c in beside for t in c.subtree}
    return [t for t in verb.subtree if t.i not in apart]


def _stand_words(verb: Token, subject: Token) -> set[str]:
    """The content words of what the stand says, without its subject's."""
    skip = {t.i for t in subject.subtree} - ({t.i for t in verb.subtree} if verb.head.i == subject.i else set())
    return {t.lemma_.lower() for t in _own_clause(verb) if t.i not in skip and t.is_alpha and not t.is_stop and t.i != verb.i}


def _stand_of_another(ctx: Context, ref_sent: SpacySpan, rs: Token, cs: Token, cv: Token) -> bool:
    """The candidate's subject `cs` is a party other than the reference's `rs`, which the reference has speak in another
    sentence, with the reference's party nowhere in the candidate's clause. The reference's party must be named, so that
    no description of the candidate's ('its founder') may be the same one; an unnamed party of the candidate's counts
    only against a named person, which no description of a body can be, and only a body said with words of its own ('the
    education department' / 'Owen Pryce'; not 'the company', which may be the speaker's)."""
    c_ids, c_words = _party(ctx.candidate, cs)
    r_ids, r_words = _party(ctx.reference, rs)
    clause = {t.i for t in _own_clause(cv)}
    clause_ids = {m.cid for m in ctx.candidate.entities if m.token_start in clause and m.cid}
    clause_lemmas = {ctx.candidate.doc[i].lemma_.lower() for i in clause}
    # (nor where the candidate's clause has the reference's party at all, by name or by a word of its phrase: 'The
    # justice minister said ...; housing charities said ...' for 'Justice Minister Pavel Drach said ...')
    if r_ids & c_ids or r_words[-1] == c_words[-1] or r_ids & clause_ids or set(r_words) & clause_lemmas:
        return False
    people = {m.cid for m in ctx.reference.entities if m.label == "PERSON"}
    described = len(c_words) >= 2 and fold(cs.lemma_) not in titles() and cs.lower_ not in _PERSONAL
    if not r_ids or (not c_ids and not (r_ids & people and described)):
        return False
    if c_ids:
        here = ctx.reference.sentence_at(rs.idx)
        return c_ids <= {m.cid for m in ctx.reference.entities if m.sent != here}
    elsewhere = [s for s in ctx.reference.doc.sents if s.start != ref_sent.start]
    return any(_party_words_in(s, c_words) for s in elsewhere) and not _party_words_in(ref_sent, c_words)


def _stood_by_them_too(ctx: Context, cs: Token, mine: set[str]) -> bool:
    """The reference has the candidate's party take the same stand too, in a sentence of its own ('Mayor X said costs had
    doubled. Councillor Y said costs had doubled too.')."""
    c_ids, c_words = _party(ctx.candidate, cs)
    for sent in ctx.reference.doc.sents:
        for rv, rs in _stands(sent):
            r_ids, r_words = _party(ctx.reference, rs)
            theirs = _stand_words(rv, rs)
            same = (c_ids & r_ids) if c_ids else r_words == c_words
            if same and theirs and len(mine & theirs) / min(len(mine), len(theirs)) >= SAME_STAND:
                return True
    return False


def _stand_moved(ctx: Context) -> Iterator[Finding]:
    """A stand or a claim that the aligned reference sentence gives to one party, given to another party the reference
    has speak elsewhere ('The trust's chief executive, Owen Pryce, called for every school to have a trained reading
    specialist ... The education department said ...' / 'The education department called for every school to have a
    trained reading specialist'): the statement moved to another speaker."""
    for ref_sent, cand_sent in sentence_pairs(ctx):
        for cv, cs in _stands(cand_sent):
            mine = _stand_words(cv, cs)
            for rv, rs in _stands(ref_sent):
                if rv.lemma_.lower() != cv.lemma_.lower() and not paraphrase(rv.lemma_, cv.lemma_):
                    continue
                theirs = _stand_words(rv, rs)
                if not mine or not theirs or len(mine & theirs) / min(len(mine), len(theirs)) < SAME_STAND:
                    continue
                if not _stand_of_another(ctx, ref_sent, rs, cs, cv) or _stood_by_them_too(ctx, cs, mine):
                    continue
                mine_at, theirs_at = _subject_span(cs, cv), _subject_span(rs, rv)
                yield ctx.finding(
                    FindingType.ATTRIBUTION,
                    Severity.MAJOR,
                    0.6,
                    f"the candidate gives this to '{ctx.candidate.text[slice(*mine_at)]}'; the reference to "
                    f"'{ctx.reference.text[slice(*theirs_at)]}'",
                    (mine_at[0], cv.idx + len(cv.text)),
                    theirs_at,
                    NAME,
                )
                break


def _subject_span(subject: Token, verb: Token) -> tuple[int, int]:
    """The characters of a subject's phrase, without the verb it may carry ('The trust's chief executive, Owen Pryce')."""
    inner = {t.i for t in verb.subtree} if verb.head.i == subject.i else set()
    words = [t for t in subject.subtree if t.i not in inner]
    while len(words) > 1 and words[-1].is_punct:
        words.pop()
    return words[0].idx, words[-1].idx + len(words[-1].text)


def check(ctx: Context) -> Iterator[Finding]:
    yield from _quote_moved(ctx)
    yield from _stand_moved(ctx)
    yield from _content_moved(ctx)
    if ctx.mode != "summary":
        # summaries drop 'X said' as a matter of course (on the AggreFact dev summaries the note came three times
        # as often on faithful ones as on wrong ones)
        yield from _told_as_fact(ctx)
        yield from _account_dropped(ctx)  # (a summary drops the outer source as it drops 'X said')
    yield from _speaker_changed(ctx)
    seen: set[tuple[int, int]] = set()
    for rf, cf in _pairs(ctx):
        rs, cs = rf.speaker, cf.speaker
        if rs is None or cs is None:
            continue
        if rs.lemma == cs.lemma and rs.lemma.isalpha():
            yield from _other_kind(ctx, rs, cs, seen)  # 'the ministry' / 'the finance ministry', named or not
        if rs.resolved or cs.resolved:
            continue
        if not rs.cids and not cs.cids:
            yield from _unnamed_source(ctx, rf, cf, seen)
            continue
        # who speaks is the head of the phrase: 'Kestor's chief executive' is no statement of Kestor's
        if not rs.heads or not cs.heads or rs.cids & cs.cids:
            continue
        if fold(ctx.candidate.text[cs.start : cs.end]) == fold(ctx.reference.text[rs.start : rs.end]):
            continue  # the same words: one source, whatever ids the linker gave its two mentions
        # a source the reference never names is the entity check's finding, not a moved attribution
        if not all(supported(m, ctx.reference.entities) for m in cs.mentions):
            continue
        # a source the reference also cites for these sentences (at another level of 'X said Y said')
        ref_speakers = {k for f in ctx.reference.frames if f.sent in ctx.refs_for(cf.sent) and f.speaker for k in f.speaker.cids}
        if cs.cids & ref_speakers:
            continue
        # named in the reference's own sentence ('officials in Ostmark confirmed' -> 'Ostmark confirmed'): reworded
        if cs.heads <= {m.cid for m in ctx.reference.entities if m.sent in ctx.refs_for(cf.sent)}:
            continue
        if _by_its_description(ctx.reference, cs.cids, rs.cids):
            continue  # 'The Danes said' / 'the Danish dairy group Holmgaard said': the party by what the reference calls it
        if _seat_for_body(ctx, (rs.start, rs.end), (cs.start, cs.end)):
            continue  # 'Brussels said' / 'The Commission said', where the reference names the European Commission
        key = (cs.start, cs.end)
        if key in seen:
            continue
        seen.add(key)
        yield ctx.finding(
            FindingType.ATTRIBUTION,
            Severity.MAJOR,
            0.8,
            f"the candidate attributes this to '{ctx.candidate.text[cs.start : cs.end]}'; "
            f"the reference to '{ctx.reference.text[rs.start : rs.end]}'",
            (cs.start, cs.end),
            (rs.start, rs.end),
            NAME,
        )
