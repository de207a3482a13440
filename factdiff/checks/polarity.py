"""Polarity: a statement of the reference turned into its opposite in the aligned candidate sentence.

Two ways, which can cancel each other: the same word negated on one side only ('found no link' / 'found a
link', 'failed to qualify' / 'managed to qualify'), and a word replaced by its opposite ('acquitted' /
'convicted', 'highest' / 'lowest'; opposites from WordNet and the lexicon, see analyse.lexical). 'Did not
approve' against 'rejected' is both at once: the same statement. The two words must sit in the same
place of their sentences (they share a participant or the word they describe), and a converse verb with its
participants swapped ('A beat B' / 'B lost to A') is no opposite.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import numpy as np
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from factdiff.analyse.claims import bounding_no, counted_apart, negated, not_required, small_clause, word_lists
from factdiff.analyse.dates import clock_minutes
from factdiff.analyse.document import Document
from factdiff.analyse.knowledge import fold, lexicon
from factdiff.analyse.lexical import (
    converse,
    direction,
    is_verb,
    noun_verbs,
    one_outcome_class,
    opposite,
    paraphrase,
    phrasal_forms,
    same_adjective,
    synonym,
    verb_lemma,
)
from factdiff.checks.base import Context
from factdiff.model import Finding, FindingType, Severity

NAME = "polarity"
# besides its aligned sentences, a candidate sentence is read against this many of its most similar reference
# sentences, each at least NEAR_FLOOR alike (MiniLM cosine)
NEAR, NEAR_FLOOR = 2, 0.2
CONTENT = {"VERB", "ADJ", "ADV", "NOUN"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "agent"}
COPULAS = ("be", "remain", "stay", "become")  # verbs that say what their subject is: 'remained a problem'
# verbs that put their subject in the state of a phrase after them, in the passive or of their own ('was placed under
# investigation', 'came under investigation', 'was kept in custody'): the state is what a copula would say of it
_PUTTING = ("place", "put", "keep", "hold", "come")


@lru_cache(maxsize=1)
def _negators() -> frozenset[str]:
    return frozenset(lexicon()["negators"]) | {"ever", "any", "anything", "anyone", "somebody", "something"}


def no_evidence_for(tok: Token) -> Token | None:
    """The evidence noun that 'no' is said of whose clause the verb heads ('found no evidence that money had changed
    hands', 'no sign the disease has spread'): the clause is not asserted, nor denied. None where there is none."""
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
    # (or a clause without 'that' that the parse may take for a relative one: 'no sign the disease has spread')
    bare = (
        tok.dep_ in ("acl", "relcl")
        and tok.head.lemma_.lower() in lexicon()["evidence_nouns"]
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in tok.children)
    )
    # (through an adverb the parse hung the clause on: 'no evidence so far that patient data had been stolen')
    noun = tok.head
    if tok.head.pos_ == "ADV" and tok.head.dep_ == "advmod" and tok.dep_ == "ccomp":
        noun = tok.head.head  # (or the copula's noun it hangs on: 'there was no evidence so far that')
        if noun.pos_ != "NOUN":
            noun = next((c for c in noun.children if c.dep_ in ("attr", "nsubj") and c.pos_ == "NOUN"), noun)
    evidence = noun.lemma_.lower() in lexicon()["evidence_nouns"]  # not 'no doubt that', which asserts it
    unfounded = noun.pos_ == "NOUN" and evidence and ((tok.dep_ in ("acl", "ccomp") and that) or bare) and _said_no(noun)
    return noun if unfounded else None


def _any_denied(noun: Token) -> bool:
    """The word that governs a noun after 'any', through its prepositions, is denied ('was not aware of any accidents',
    'did not report any faults')."""
    head = noun.head
    while head.pos_ == "ADP" or (head.pos_ == "ADJ" and head.dep_ == "acomp"):
        head = head.head
    return head.pos_ in ("VERB", "AUX") and negated(head)


def _no_subject_misread(verb: Token) -> bool:
    """A verb with no subject of its own but a participle clause before it, as a clause or a clausal subject ('No
    illnesses linked to the product have been reported': 'linked' over 'illnesses'), whose subject has 'no': a reduced
    relative the parse took for a clause."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "csubj", "csubjpass") and c.i < verb.i and c.tag_ == "VBN"]
    clauses = [c for c in clauses if not any(a.dep_ in ("aux", "auxpass") for a in c.children)]
    return any(
        s.dep_ in ("nsubj", "nsubjpass")
        and s.i < c.i
        and any(d.dep_ == "det" and d.lower_ == "no" and not bounding_no(d) for d in s.children)
        for c in clauses
        for s in c.children
    )


@lru_cache(maxsize=1)
def _governors() -> frozenset[str]:
    return frozenset(lexicon()["negating_governors"])


_ENABLING = frozenset({"able", "allow", "permit", "allowed", "permitted"})


def denied(tok: Token) -> bool:
    """The word is negated in its clause: a verb by `claims.negated` or 'no longer'; a noun or adjective by 'no'
    on it or on a word above it up to its clause's verb, or by that verb's negation ('do not have a teacher' /
    'have no teacher', 'no reports of casualties' / 'no casualties were reported')."""
    if _wrongly_classed(tok):
        return True
    if tok.pos_ == "VERB" and tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBG") and tok.head.pos_ in ("NOUN", "PROPN"):
        # 'is not a listed building': a participle said of a noun is denied with it where the noun is what a denied
        # copula says the subject is (not 'no stolen bikes were found', which denies the finding; nor 'is not the only
        # listed building', which says it is one)
        noun = tok.head
        alone = any(c.lower_ in ("only", "sole", "first", "last") for c in noun.children)
        if noun.dep_ == "attr" and noun.head.lemma_ == "be" and negated(noun.head) and not alone:
            return True
    if tok.pos_ in ("VERB", "AUX"):
        # 'no longer' on the verb, not a clause of its own that the parse made of it ('said they would no longer ...')
        no_longer = any(c.lower_ == "longer" and c.dep_ == "advmod" and any(g.lower_ == "no" for g in c.children) for c in tok.children)
        # 'did not find any pupils missing lessons': the clause a verb of finding takes, denied with that verb
        found_with = small_clause(tok) and tok.head.pos_ == "VERB" and negated(tok.head) and _anyone_doing(tok)
        unfounded = no_evidence_for(tok) is not None
        # ... as is what no one claimed or found ('nobody suggested the staff had erred', 'did not find that it had')
        unclaimed = tok.dep_ == "ccomp" and tok.i > tok.head.i and tok.head.pos_ == "VERB" and _claims_or_finds(tok.head)
        unclaimed = unclaimed and not _object_relative(tok)
        # (not a question: 'has not said whether she will sign' leaves the signing open, as the modality check reads it)
        unclaimed = unclaimed and not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children)
        # (nor a question with a wh-word: 'could not say how long the repairs would take' leaves the time open)
        unclaimed = unclaimed and tok.doc[tok.left_edge.i].tag_ not in ("WRB", "WP", "WDT", "WP$")
        # (a clause before its verb is the parse's: 'X bought it; the price was not disclosed'); 'nothing to show that X'
        shown_by_none = tok.head.dep_ in ("acl", "relcl") and tok.head.head.lower_ in ("nothing", "nobody", "none")
        unclaimed = unclaimed and (negated(tok.head) or shown_by_none)
        # 'No illness has been confirmed as linked to it': what nobody confirmed a thing as is not said of it either
        confirmed_as = tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
        unclaimed = unclaimed or (confirmed_as and tok.head.pos_ == "VERB" and _claims_or_finds(tok.head) and negated(tok.head))
        # 'will not have its licence renewed', 'did not get it repaired': what a denied 'have' or 'get' has done
        caused = tok.dep_ in ("ccomp", "xcomp") and tok.tag_ == "VBN" and tok.head.lemma_.lower() in ("have", "get") and tok.i > tok.head.i
        unclaimed = unclaimed or (caused and negated(tok.head) and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))
        # 'denied that it had broken the rules': what a verb of denying passes on is denied (not 'did not deny that')
        gainsaid = tok.dep_ == "ccomp" and tok.i > tok.head.i and tok.head.lemma_.lower() in lexicon()["denying_predicates"]
        unclaimed = unclaimed or (gainsaid and not negated(tok.head) and not _object_relative(tok))
        # 'ruled out closing the unit': the deed a verb of absence takes as its object is not done
        # (not where the ruling out is itself denied: 'did not rule out adding a second one' leaves it open)
        ruled_out = tok.dep_ in ("xcomp", "dobj") and tok.tag_ == "VBG" and _privative(tok.head, tok) and not negated(tok.head)
        # 'found nothing to back up his claim', 'nobody to look after them': the deed of a negative pronoun is not done
        of_none = tok.dep_ in ("acl", "relcl") and tok.head.lower_ in ("nothing", "nobody", "none") and tok.i > tok.head.i
        of_none = of_none and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        # 'with no questions asked': a participle said of a noun that 'no' is said of
        # 'ordered a halt to work on the cranes', the parse's infinitive: what is put an end to is not done
        ended = tok.i >= 2 and tok.doc[tok.i - 1].lower_ == "to" and _put_an_end(tok.doc[tok.i - 2])
        reduced = tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.i > tok.head.i
        reduced = reduced and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
        of_none = of_none or (reduced and any(c.dep_ == "det" and c.lower_ == "no" and not bounding_no(c) for c in tok.head.children))
        # 'has no members who worked at the colliery': the deed of a relative clause said of a noun that 'no' is said of,
        # as 'none of its members worked there' says
        # (only where the noun is what is had or what there is: 'has no members who', 'there are no X who'; not 'No
        # resident who signed it has had a reply', where the signing is not denied)
        said_of_none = tok.dep_ == "relcl" and tok.i > tok.head.i and tok.head.dep_ in ("dobj", "attr")
        said_of_none = said_of_none and tok.head.head.lemma_.lower() in ("have", "be")
        said_of_none = said_of_none and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in tok.children)
        of_none = of_none or (said_of_none and any(c.dep_ == "det" and c.lower_ == "no" and not bounding_no(c) for c in tok.head.children))
        # 'No illnesses linked to the product have been reported', where the parse makes the participle a clause before
        # the verb with the subject inside it: the verb's subject is the noun that 'no' is said of
        of_none = of_none or _no_subject_misread(tok)
        # 'was not aware of any accidents caused by the fault': 'any' under a denial says what 'no' says
        of_none = of_none or (reduced and any(c.dep_ == "det" and c.lower_ == "any" for c in tok.head.children) and _any_denied(tok.head))
        # 'will no longer be able to use the path', 'are not allowed to park': the deed whose ability or leave is denied
        # (and 'unable to use', which says the same)
        disabled = tok.dep_ == "xcomp" and (tok.head.lemma_.lower() in _ENABLING and denied(tok.head) or tok.head.lower_ == "unable")
        # ('has no power to block the release', 'without the authority to close it': the deed a noun of ability is said of)
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        abilities = {*lexicon()["ability_nouns"], *lexicon()["leave_nouns"]}
        powerless = tok.dep_ == "acl" and to and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in abilities
        disabled = disabled or (powerless and tok.i > tok.head.i and _said_no(tok.head))
        # 'some never before shown in public': 'never' hung on 'before'
        never_before = any(
            c.dep_ == "advmod" and c.lower_ in ("before", "previously") and any(g.lower_ == "never" for g in c.children)
            for c in tok.children
        )
        return (
            negated(tok)
            or no_longer
            or never_before
            or _no_intention_of(tok)
            or found_with
            or unfounded
            or unclaimed
            or ruled_out
            or of_none
            or ended
            or disabled
        )
    if _not_on(tok) or _just_after_without(tok):
        return True
    apart, below = False, None
    for t in (tok, *tok.ancestors):
        apart, below = apart or (below is not None and counted_apart(below)), t
        if t is not tok and t.dep_ == "prep" and t.lower_ == "to" and t.head.lemma_.lower() in lexicon()["entitlement_nouns"]:
            break  # 'had no claim to the thermal spring': the claim is denied, not the spring it would be to
        if t.pos_ in ("VERB", "AUX"):
            # 'the strikes are off' / 'called off the strikes': called off, said by 'off' on the copula
            if t.lemma_ == "be" and tok.dep_ == "nsubj" and tok.head.i == t.i:
                if any(c.lower_ == "off" and c.dep_ in ("advmod", "prt", "acomp") for c in t.children) and not denied(t):
                    return True
            # 'had no plans to cut jobs' / 'no job cuts are planned': the jobs are not cut either way
            if apart and not any(c.dep_ == "neg" for c in t.children):
                return False  # (only the first noun's 'no' denies the verb)
            planned = t.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and _said_no(t.head)
            # (a denied verb of absence says the thing is there: 'has not ruled out further restrictions')
            return planned or denied(t) != _privative(t, tok) or _not_yet_done(t)
        if any(c.dep_ == "det" and c.lower_ == "no" and not bounding_no(c) for c in t.children) and not apart:
            return True
        if any(c.dep_ in ("compound", "nmod") and c.lower_ in ("nothing", "nobody") and c.i == t.left_edge.i for c in t.children):
            return True  # 'had nothing firm planned', the parse's compound: none of it
        if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in t.children):
            return True  # 'had neither fire alarms nor emergency lighting'
        if t.dep_ == "conj" and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in t.head.children):
            return True  # ... and the noun after 'nor'
        # (a 'no' the parse hung on a word before the noun: 'no harbour fireworks display', 'no' on 'harbour')
        # (or on the first of two nouns joined before it: 'no running water or mains electricity', 'water' hung on 'electricity')
        # (or the parse's 'neg' on 'more': 'No more thefts had been reported')
        before = [g for k in t.children if k.dep_ in ("compound", "amod", "nmod") and k.i < t.i for g in k.subtree if g.i != k.i]
        if any(g.dep_ in ("det", "neg") and g.lower_ == "no" and g.i == t.left_edge.i and not bounding_no(g) for g in before):
            return True
        if t.dep_ == "conj" and t.head.dep_ == "pobj" and t.head.head.lower_ == "without" and _closes_outer_list(t):
            return False  # 'new books, e-readers without internet access and the training of staff': the list's last item
        if t.dep_ == "pobj" and t.head.lower_ == "without":
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "to" and _put_an_end(t.head.head):
            return True  # 'called for an end to fishing in the bay'
        if t.dep_ == "pobj" and t.head.lower_ == "of" and _calling_off(t.head.head) and t.head.head.dep_ in ("dobj", "nsubj", "nsubjpass"):
            return not denied(t.head.head)  # 'forced the cancellation of the flypast', as 'the flypast was cancelled'
        # (or an adjective of that noun, and a noun joined to it: 'short of blankets and warm coats')
        described = t is tok or (tok.dep_ in ("amod", "compound") and tok.head.i == t.i)
        if described and (_lacked_after_of(t) or (t.dep_ == "conj" and t.head.dep_ == "pobj" and _lacked_after_of(t.head))):
            return True  # 'was short of paramedics'
        if t is tok and _too_few(t):
            return True  # 'had too few paramedics', as 'was short of paramedics' says
    return False


def _closes_outer_list(item: Token) -> bool:
    """A noun joined by 'and' to the object of 'without', with its own determiner where that object has none, after a
    list of nouns with commas ('for new books, e-readers without internet access and the training of prisoners'): the
    last item of the outer list, which the parse hung on the 'without'."""
    without = item.head.head
    bare = not any(c.dep_ == "det" for c in item.head.children)
    own = any(c.dep_ == "det" for c in item.children)
    # (the words before 'without' start after a comma that ends another noun: 'new books, e-readers without ...')
    start = without.i
    while start > item.sent.start and item.doc[start - 1].text != "," and item.doc[start - 1].pos_ not in ("VERB", "AUX", "ADP"):
        start -= 1
    listed = start >= 2 and item.doc[start - 1].text == "," and item.doc[start - 2].pos_ in ("NOUN", "PROPN")
    return bare and own and listed and start < without.i and not any(t.text == "," for t in item.doc[without.i : item.i])


def _put_an_end(noun: Token) -> bool:
    """A noun of stopping that takes what it stops after 'to' ('a halt to work', 'an end to fishing'), not denied itself
    ('no end to the dispute')."""
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in ("halt", "end", "stop")
        and not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    )


def _calling_off(noun: Token) -> bool:
    """A noun of calling something off ('the cancellation of the flypast', 'the scrapping of the plan'), which takes
    what will not take place after 'of' (lexicon `cancelling_predicates`)."""
    if noun.pos_ != "NOUN":
        return False
    return bool({noun.lemma_.lower(), *noun_verbs(noun.lemma_.lower())} & set(lexicon()["cancelling_predicates"]))


def _lacked_after_of(noun: Token) -> bool:
    """The noun itself after the 'of' of an adjective of lacking ('was short of paramedics'), not a word inside its phrase
    ('short of volunteers with electrical skills': the volunteers are lacked, not the skills' kind), nor a distance
    ('three seconds short of the course record', 'just short of the target')."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.lemma_.lower() not in lexicon()["privative_adjectives"]:
        return False
    # ('just short of', 'narrowly short of': a distance from a mark; 'especially short of' lacks it all the same)
    near_miss = lexicon()["near_miss_adverbs"]
    if any(c.dep_ in ("npadvmod", "nummod") or (c.dep_ == "advmod" and c.lower_ in near_miss) for c in noun.head.head.children):
        return False
    # (nor a bound it falls below: 'short of the 25cm safety minimum', 'short of a majority')
    return not any(t.like_num for t in noun.subtree) and noun.lemma_.lower() not in _BOUND_NOUNS


_BOUND_NOUNS = frozenset(
    {"minimum", "maximum", "target", "record", "threshold", "limit", "mark", "goal", "requirement", "majority", "total"}
)


def _too_few(noun: Token) -> bool:
    """'too few' or 'too little' on the noun, or 'insufficient' ('had too few paramedics'): short of it."""
    for c in noun.children:
        if c.lower_ in ("few", "little") and any(g.lower_ == "too" for g in c.children):
            return True
        if c.dep_ == "amod" and c.lower_ in ("insufficient", "inadequate"):
            return True
    return False


def _not_yet_done(verb: Token) -> bool:
    """'have' or 'be' whose infinitive is not done yet ('a new date had yet to be agreed', 'the cause is yet to be
    found'): its subject's words are denied with it, as 'no new date had been agreed' denies them."""
    if verb.lemma_.lower() not in ("have", "be"):
        return False
    return any(c.dep_ == "xcomp" and c.i > verb.i and negated(c) for c in verb.children) and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children
    )


def _wrongly_classed(tok: Token) -> bool:
    """The word is what something is wrongly called or classed as ('had wrongly classified the couriers as self-employed
    contractors'): it is not that (lexicon `falsity_adverbs`)."""
    falsity = lexicon()["falsity_adverbs"]
    for t in (tok, *tok.ancestors):
        if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.pos_ == "VERB":
            return any(c.dep_ == "advmod" and c.lower_ in falsity for c in t.head.head.children)
        if t.dep_ not in ("amod", "compound", "npadvmod", "pobj") and t is not tok:
            return False
    return False


def _object_relative(clause: Token) -> bool:
    """A clause the parse hung on the verb that is a relative one on its object without 'that' ('has not published the
    rules builders must follow': 'follow' has no object of its own, the rules are it): no claim the verb reports."""
    objects = [o for o in clause.head.children if o.dep_ == "dobj" and o.i < clause.i]
    return any(o.right_edge.i + 1 == clause.left_edge.i for o in objects) and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in clause.children
    )


def _claims_or_finds(verb: Token) -> bool:
    """A verb that passes a clause on as said or found ('said', 'suggested', 'found', 'showed'), not one that denies it."""
    lemma = verb.lemma_.lower()
    return lemma != "deny" and (lemma in lexicon()["speech_predicates"] or lemma in lexicon()["evidence_predicates"])


_CIRCUMSTANCES = frozenset({"in", "at", "on", "during", "across", "throughout"})


def _in_circumstance(tok: Token) -> bool:
    """A noun or modifier inside a phrase of place, time or case ('no trace of mould in several flats', 'did not find fraud
    at the branch'): the denial there is the phrase's head's, whichever way the parse hangs the phrase; not the
    predicate of 'be' ('is not in any real danger')."""
    if tok.pos_ in ("VERB", "AUX"):
        return False
    for t in tok.ancestors:
        if t.pos_ in ("VERB", "AUX"):
            return False
        if t.dep_ == "prep" and t.lower_ in _CIRCUMSTANCES:
            return t.head.lemma_.lower() != "be"
    return False


def _no_intention_of(verb: Token) -> bool:
    """The act of a plan or intention denied by its noun ('had no intention of giving up repairs') or by its verb ('did
    not intend to give up repairs')."""
    intent = word_lists()["intention"]
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in intent:
        return negated(verb.head)
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        noun = verb.head  # 'had no plans to give up repairs'
    elif verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.pos_ == "NOUN":
        noun = verb.head.head  # 'had no intention of giving up repairs'
    else:
        return False
    return (noun.lemma_.lower() in intent or bool(set(noun_verbs(noun.lemma_.lower())) & intent)) and _said_no(noun)


def _inside_denial(tok: Token) -> bool:
    """The word, not denied itself, is part of a phrase that is: a participle on a noun that 'no' or 'without' is said of
    ('with no running water'), a verb completing one that 'without' governs ('without having to see a GP'), a word of
    what a ban bans ('the movement of chestnut wood has been banned'). Only to clear a finding: the parses hang such a
    denial on either word."""
    # a word of what a ban bans ('the movement of chestnut wood has been banned' / 'no chestnut wood may be taken out')
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.lemma_.lower() in lexicon()["forbidding_predicates"] and not denied(verb):
        if any(c.dep_ in ("nsubjpass", "dobj") and tok in c.subtree for c in verb.children):
            return True
    if tok.dep_ in ("amod", "compound") and tok.head.pos_ in ("NOUN", "PROPN"):
        return _said_no(tok.head)
    # a gerund that is what a passive ban bans ('burning heather will be banned', however the parse hangs the gerund), the
    # ban itself not denied
    gerund = tok.tag_ == "VBG" and (tok.dep_ in ("csubj", "csubjpass", "nsubjpass") or (tok.dep_ == "advcl" and tok.i < tok.head.i))
    ban = tok.head
    if gerund and ban.lemma_.lower() in lexicon()["forbidding_predicates"] and any(c.dep_ == "auxpass" for c in ban.children):
        return not denied(ban) and not any(c.dep_ == "mark" for c in tok.children)
    head = tok
    while head.dep_ == "xcomp":
        head = head.head
    return head.i != tok.i and head.dep_ == "pcomp" and head.head.lower_ == "without"


_ABSENT = frozenset({"missing", "absent", "gone"})


def _lost(tok: Token) -> bool:
    """The word is in the object of a verb of losing ('lost their running water'), or in what a verb of removing takes away
    ('the blade guard had been removed'; lexicon `removing_predicates`), as the other text's 'without' says."""
    for t in tok.ancestors:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() == "be" and not denied(t):
            # 'the front wheels were missing': a subject said to be absent
            # (or the parse's 'were missing' as a verb in its progressive, the subject hung on 'were')
            absent = any(c.dep_ == "acomp" and c.lower_ in _ABSENT for c in t.children) or (t.dep_ == "aux" and t.head.lower_ in _ABSENT)
            return absent and any(c.dep_ in ("nsubj", "nsubjpass") and tok in c.subtree for c in (*t.children, *t.head.children))
        if t.lower_ in _ABSENT and any(c.dep_ == "aux" and c.lemma_ == "be" for c in t.children):
            return not any(c.dep_ == "neg" for c in t.children) and any(c.dep_ == "nsubj" and tok in c.subtree for c in t.children)
        if t.pos_ in ("VERB", "AUX"):
            lemma = t.lemma_.lower()
            phrasal = {f"{lemma} {c.lower_}" for c in t.children if c.dep_ == "prt"}
            if lemma in lexicon()["losing_predicates"]:
                return any(c.dep_ == "dobj" and tok in c.subtree for c in t.children)
            if ({lemma} | phrasal) & set(lexicon()["removing_predicates"]) and not denied(t):
                return any(c.dep_ in ("dobj", "nsubjpass") and tok in c.subtree for c in t.children)
            return False
    return False


def _absent(tok: Token) -> bool:
    """The word is said to be absent by 'no' or 'without' ('without running water', 'no water'), not by a 'not'."""
    return _said_no(tok) or _inside_denial(tok) or (tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "without")


def _denial_below(said_no: Token, said_yes: Token) -> bool:
    """'found no increase in crime' / 'found that crime did not go up': the 'no' on one verb's object said as the denial of
    the clause the other verb governs."""
    if said_no.pos_ != "VERB" or any(c.dep_ == "neg" for c in said_no.children):
        return False
    nothing = [c for c in said_no.children if c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)]
    clauses = [c for c in said_yes.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and denied(c)]
    # the clause says what the object names: 'no increase' / 'did not go up', not 'no fault' / 'did not work'
    if any(_names_change(noun, verb) for noun in nothing for verb in clauses):
        return True
    # 'found no shops selling it' / 'found that no shops sold it': the parse's small clause, said as a clause
    small = [c for c in said_no.children if c.dep_ == "ccomp" and c.tag_ == "VBG"]
    return any(v.lemma_.lower() == c.lemma_.lower() or paraphrase(v.lemma_, c.lemma_) for c in small for v in clauses)


def _anyone_doing(verb: Token) -> bool:
    """The small clause's doer is anyone at all ('did not find any pupils missing lessons', 'did not see anyone leave'):
    none did it, as far as was found; not 'did not see the defender handle the ball', which leaves the deed open."""
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    anyone = ("anyone", "anybody", "anything")
    return any(c.lower_ in anyone or any(d.dep_ == "det" and d.lower_ == "any" for d in c.children) for c in doers)


def _names_change(noun: Token, verb: Token) -> bool:
    """The noun names the verb's event: one of its verbs ('delay' / 'was not delayed'), a paraphrase of one, or a change
    the same way ('increase' / 'go up')."""
    verbs = noun_verbs(noun.lemma_.lower()) or (noun.lemma_.lower(),)
    if any(v == verb.lemma_.lower() or paraphrase(v, verb.lemma_) for v in verbs):
        return True
    way = direction(verb)
    return way is not None and noun.lemma_.lower() in lexicon()["direction_of_change"][way]


def _privative(verb: Token, tok: Token) -> bool:
    """The word is the object of a verb that says it is absent ('who lack reliable internet access' / 'without reliable
    internet access'), or what a verb of calling off says will not take place ('the display has been cancelled')."""
    # (a particle the parse made a preposition with 'of' below it: 'run out of', 'out' a prep)
    particles = [
        c for c in verb.children if c.dep_ == "prt" or (c.dep_ == "prep" and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children))
    ]
    phrasal = {f"{verb.lemma_.lower()} {c.lower_}" for c in particles}
    if ({verb.lemma_.lower()} | phrasal) & set(lexicon()["cancelling_predicates"]):
        # 'the display has been cancelled' / 'there will be no display': what is called off will not take place; not
        # those it is said of after a preposition ('cancel the debts of claimants': the claimants are there still)
        called_off = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and tok in c.subtree]
        return any(not any(a.dep_ == "prep" and c in a.ancestors for a in [tok, *tok.ancestors]) for c in called_off)
    if not ({verb.lemma_.lower()} | phrasal) & set(lexicon()["privative_predicates"]):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp")]
    # (and a denied passive's subject: 'further cases could not be ruled out' / 'cannot rule out more cases')
    objects += [c for c in verb.children if c.dep_ == "nsubjpass" and negated(verb)]
    if not objects and verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
        # 'storage was lacking in some schools' / 'some schools lacked storage': what is lacking is absent
        return any(c.dep_ == "nsubj" and tok in c.subtree for c in verb.children)
    if any(tok in c.subtree for c in objects):
        return True
    # a particle verb's thing after 'of' ('could run out of burial plots')
    ofs = [c for x in (verb, *particles) for c in x.children if c.dep_ == "prep" and c.lower_ == "of"]
    return bool(phrasal) and any(tok in c.subtree and tok.i != c.i for c in ofs)


def _not_on(tok: Token) -> bool:
    """'not' said of the word itself, before it, not of its verb ('pleaded not guilty', 'a not unusual case'); a 'not'
    after a comma contrasts two things ('talent, not money, decides'), whichever the parser hangs it on (after a quote
    mark it is the word's own: 'were "not willing')."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("appos", "conj"):
        # 'pointed to a slowdown, not a recession': the noun right after the contrasting 'not', however the parse
        # hung that 'not' on the noun before
        i = tok.i - 1
        while i > 0 and tok.doc[i].pos_ in ("DET", "ADJ") and tok.doc[i].head.i == tok.i:
            i -= 1
        if i > 0 and tok.doc[i].lower_ == "not" and tok.doc[i - 1].text == ",":
            return True
    return tok.pos_ != "VERB" and any(
        c.dep_ == "neg"
        and c.i < tok.i
        and c.i > 0
        and not (tok.doc[c.i - 1].is_punct and not tok.doc[c.i - 1].is_quote)
        and not bounding_no(c)  # 'no more than a quarter': a limit, whatever the parse hangs 'no' on
        for c in tok.children
    )


def _just_after_without(tok: Token) -> bool:
    """'without new money': the word a word or two after 'without', whatever the parse made of the phrase."""
    before = tok.doc[max(0, tok.i - 2) : tok.i]
    if tok.pos_ in ("NOUN", "ADJ") and any(t.lower_ == "without" for t in before) and not any(t.pos_ == "VERB" for t in before):
        return True
    # (or the head of a longer noun phrase right after it: 'without a serious safety breach')
    i = tok.i - 1
    while i >= 0 and tok.i - i <= 4 and tok.doc[i].pos_ in ("DET", "ADJ", "NOUN", "NUM", "PUNCT") and tok.doc[i].text not in (",", ";"):
        i -= 1
    # (one noun phrase that a determiner opens, its words all the noun's: not 'without new money water deliveries
    # could be cut', which the parse may join)
    own = tok.doc[i + 1].pos_ == "DET" and all(t.i in {x.i for x in tok.subtree} for t in tok.doc[i + 1 : tok.i])
    return tok.pos_ == "NOUN" and i >= 0 and tok.i - i > 1 and tok.doc[i].lower_ == "without" and own


def _said_no(tok: Token) -> bool:
    """'no' on the word or a word above it in its clause ('no evidence', 'no reports of casualties'), or 'without' ('found
    seven without a working exit' / 'found that seven had no working exit')."""
    if _just_after_without(tok):
        return True
    apart, below = False, None
    for t in (tok, *tok.ancestors):
        apart, below = apart or (below is not None and counted_apart(below)), t
        if t.pos_ in ("VERB", "AUX"):
            return t is not tok and _privative(t, tok)  # 'ruled out a rise in council tax', as 'no rise' says
        if t.dep_ == "prep" and t.i > 0 and t.doc[t.i - 1].ent_type_ in ("DATE", "TIME"):
            return False  # 'without accommodation three weeks into the term': when, not what is lacked
        if t.dep_ == "prep" and t.lower_ == "for" and t.head.pos_ == "NOUN" and t.head.head.lower_ == "of":
            return False  # 'ran out of room for new burials': the room is lacked, not the burials
        if any(c.dep_ == "det" and c.lower_ == "no" and not bounding_no(c) for c in t.children) and not apart:
            return True
        if t.dep_ == "conj" and t.head.dep_ == "pobj" and t.head.head.lower_ == "without" and _closes_outer_list(t):
            return False  # 'new books, e-readers without internet access and the training of staff': the list's last item
        if t.dep_ == "pobj" and t.head.lower_ == "without":
            return True
        if t is tok and _lacked_after_of(t):
            return True  # 'was short of paramedics'
    return False


# ordinals, dates and amounts are the number and date checks' ('first' / 'second half')
VALUE_TYPES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def _words(sent: SpacySpan) -> list[Token]:
    return [
        t
        for t in sent
        if t.pos_ in CONTENT
        and t.is_alpha
        and not _governing(t)
        and t.ent_type_ not in VALUE_TYPES
        and not (t.like_num and not _pro_form_one(t))
        and not _semi_modal(t)
        and not (t.pos_ == "ADV" and t.is_stop)  # 'so far', 'too', 'also': no statement to deny
    ]


def _pro_form_one(tok: Token) -> bool:
    """'one' standing for a noun ('was not the one that devastated the groves'), which the tagger calls a noun: no count."""
    return tok.lower_ in ("one", "ones") and tok.tag_ in ("NN", "NNS")


def _governing(tok: Token) -> bool:
    """A word that denies what it governs ('refused to sign', 'banned from driving'): no statement of its own to compare;
    but a verb of forbidding with a thing for its object and no deed under it ('ban specific breeds') is one."""
    if tok.lemma_.lower() not in _governors():
        return False
    deed = any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) or any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children)
    # ('will be reduced but not stopped': a passive joined to one whose subject it shares, with no deed under it, is said
    # of that thing)
    shared = tok.dep_ == "conj" and tok.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in tok.head.children)
    passive = tok.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in tok.children)  # 'flights will be stopped'
    if (shared or passive) and tok.pos_ == "VERB" and not deed:
        return False
    # ('had refused permission', 'declined the offer': a verb of refusing with a thing for its object, no deed under it,
    # is a statement of its own, which 'granted permission' opposes)
    thing = any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in tok.children)
    if tok.pos_ == "VERB" and not deed and thing:
        return False
    # ('tree cover had not declined': a verb of change with no deed under it and nothing for its object says how a thing
    # moved, which 'had declined' opposes)
    # (a clause's verb, not a participle before a noun: 'declining circulation' is weighed as the noun's own word)
    clause_verb = tok.pos_ == "VERB" and tok.dep_ not in ("amod", "acl", "compound")
    if clause_verb and not deed and not any(c.dep_ == "dobj" for c in tok.children) and direction(tok) is not None:
        return False
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lexicon()["forbidding_predicates"]:
        return True
    return deed or not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)


def _semi_modal(tok: Token) -> bool:
    """'have' or 'be' over an infinitive ('have to pay', 'have yet to be obtained', 'is to open'): no possession or
    being of its own to oppose ('lack'), only the frame of the verb below."""
    return tok.lemma_.lower() in ("have", "be") and any(c.dep_ == "xcomp" for c in tok.children)


def neighbours(tok: Token) -> set[str]:
    """Content words around a word: its head and its dependents' heads (what it says something about)."""
    near = [tok.head, *tok.children]
    if tok.dep_ == "pcomp" and tok.head.lower_ == "from":
        near.append(tok.head.head)  # 'banned from using them': the verb that bars it
    # 'called the rule unworkable'; a joined verb shares its head's words ('was cut and sold'), not one with a subject
    # of its own ('X has asked its members ..., and the ministry has been asked ...': two statements)
    own_subject = tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in tok.children)
    # (one with an object of its own shares only the subject: 'has hired 45 nurses and has hired the surgeons')
    own_object = tok.dep_ == "conj" and any(c.dep_ in ("dobj", "attr") for c in tok.children)
    if tok.dep_ in ("amod", "acomp", "attr", "xcomp", "ccomp", "conj", "oprd") and not own_subject:
        near += [c for c in tok.head.children if not own_object or c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if _state_phrase(tok):
        near += list(tok.head.head.children)  # 'the outbreak was under control': what the phrase is said of
    # a finite past that the parse hung on a noun as its clause ('found that animals exposed to radiation survived',
    # 'survived' on 'radiation'): the verb of the clause above, said with the words round that clause
    if tok.tag_ == "VBD" and tok.dep_ == "acl" and not any(c.dep_ in (*SUBJECTS, "aux", "auxpass") for c in tok.children):
        clause = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
        if clause is not None and clause.dep_ in ("ccomp", "ROOT", "conj"):
            near += [tok, clause.head, *clause.head.children, *(c for c in clause.children if c.dep_ in SUBJECTS)]
    # what a state holds for: 'open to the public' / 'closed to the public'
    if tok.pos_ == "ADJ" or tok.tag_ == "VBN":
        near += [o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    # what a verb's adverb of place opens ('opting out of the register': the register)
    if tok.pos_ == "VERB":
        near += [
            o
            for p in tok.children
            if p.dep_ == "prep" and p.i == tok.i + 1
            for q in p.children
            if q.dep_ == "prep"
            for o in q.children
            if o.dep_ == "pobj"
        ]
    # a subject named twice, by its post and by its name ('the largest investor, the Colbrook Fund, abstained')
    near += [a for s in tok.children if s.dep_ in SUBJECTS for a in s.children if a.dep_ == "appos"]
    # a quantifier's noun: 'some of its jobs will be lost' is said of the jobs, 'has not hired any of the surgeons' of them
    # (and a copula's: 'most of which were undamaged' is said of the stones)
    near += [o for q in [*tok.children, *near] if q.dep_ in SUBJECTS | {"dobj"} for o in _quantified(q)]
    # (the word's own lemma counts too, where a relation above brings it in: two words said of one verb are near it)
    return {fold(t.lemma_) for t in near if t.is_alpha and not t.is_stop}


def _said_by(verb: Token) -> list[Token]:
    """The subjects of the verb whose clause the word's clause is ('X said it was disappointed but would not appeal':
    X), for a word whose own subject is a pronoun; none where the clause is no verb's complement."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in SUBJECTS for c in clause.children):
        clause = clause.head  # a joined verb without a subject of its own: the pronoun is the first verb's
    if clause.dep_ != "ccomp":
        return []
    # (the speaker of a verb of saying joined to another: 'said ... and announced that it would challenge it')
    return _subject_tokens(clause.head)


def _subject_tokens(tok: Token) -> list[Token]:
    """The word's subjects, or for a verb without one that completes or is joined to another verb, that verb's ('Aurel
    is set to buy X': 'Aurel' buys; 'X employs 95 people and sold 4.2 million candles': 'X' sold)."""
    while True:
        own = [c for c in tok.children if c.dep_ in SUBJECTS]
        if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and own and all(c.tag_ in ("WP", "WDT") for c in own):
            return [tok.head]  # 'hoteliers, who had backed it': the hoteliers
        if not own and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
            return [tok.head]  # 'signatures opposing the casino': the signatures
        if not own and tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and tok.head.dep_ == "acomp":
            tok = tok.head.head  # 'passengers were unable to buy': the passengers
            continue
        if own or tok.dep_ not in ("xcomp", "conj") or tok.pos_ != "VERB" or tok.head.pos_ not in ("VERB", "AUX"):
            return own
        if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and {_finite_number(tok), _finite_number(tok.head)} == {"one", "more"}:
            # 'Opponents say the woodland is home to bats and do not rule out ...': a verb that cannot agree with the
            # clause it is joined to is joined to the verb of saying above it, whose subject it shares
            tok = tok.head.head
            continue
        tok = tok.head


def _finite_number(verb: Token) -> str | None:
    """'one' for a verb whose finite form is the third person singular ('is', 'has ruled'), 'more' for the plural
    present ('do not rule', 'have ruled'), None for any other form."""
    for t in [*sorted((c for c in verb.children if c.dep_ in ("aux", "auxpass")), key=lambda c: c.i), verb]:
        if t.tag_ in ("VBZ", "VBP"):
            return "one" if t.tag_ == "VBZ" else "more"
    return None


def subject_words(tok: Token) -> set[str]:
    """The content lemmas of the word's subjects, without the word's own clause (a noun's relative clause is in its
    subtree)."""
    inside = range(tok.left_edge.i, tok.right_edge.i + 1)
    return {
        fold(t.lemma_)
        for c in _subject_tokens(tok)
        for t in c.subtree
        if t.is_alpha and not t.is_stop and (c.head.i == tok.i or t.i not in inside)
    }


def _objects(verb: Token, deep: bool = False) -> set[str]:
    """What the verb is done to; `deep`, for a verb with an infinitive and no object, the infinitive and what it is
    done to ('plans to deploy vans' is about the vans)."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")]
    # (each of a list: 'had a radio or a phone')
    out = {fold(c.lemma_) for h in heads for c in (h, *h.conjuncts) if c.is_alpha}
    # (and what a quantifier stands for: 'any of the surgeons' is the surgeons)
    out |= {fold(o.lemma_) for c in verb.children if c.dep_ == "dobj" for o in _quantified(c) if o.dep_ == "pobj" and o.is_alpha}
    if deep and not out:
        for x in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            out |= {fold(x.lemma_)} | {fold(c.lemma_) for c in x.children if c.dep_ == "dobj" and c.is_alpha}
    return out


def _quantified(word: Token) -> list[Token]:
    """What a quantifier of a stop word stands for: 'some of its jobs', 'any of the surgeons' (the words under its 'of');
    for 'most of which', 'the majority of which', the noun before the comma that the relative clause is said of."""
    if not (word.is_stop or word.lemma_.lower() in lexicon()["most_of_words"]):
        return []
    out = [o for p in word.children if p.lower_ == "of" for o in p.children]
    start, doc = word.left_edge.i, word.doc
    if any(o.lower_ in ("which", "whom") for o in out) and start >= 2 and doc[start - 1].text == ",":
        out += [doc[start - 2]] if doc[start - 2].pos_ in ("NOUN", "PROPN") else []
    return out


def _object_names(verb: Token) -> set[str]:
    """The proper nouns of what the verb is done to, and of its phrases ('bought a stake in a developer in Peru')."""
    return {t.lower_ for c in verb.children if c.dep_ in ("dobj", "prep", "dative") for t in c.subtree if t.pos_ == "PROPN"}


def _named_apart(ref: Token, cand: Token) -> bool:
    """The same verb done to things named apart: both objects name something, and nothing in common."""
    a, b = _object_names(ref), _object_names(cand)
    return bool(a) and bool(b) and not a & b


_NONE_WORDS = frozenset({"nothing", "nobody", "none", "noone", "no-one"})


def _other_objects(ref: Token, cand: Token) -> bool:
    """The verb said of another thing: both have an object, and no object of one is among the other's ('won the
    election' / 'did not win a majority')."""
    a, b = _objects(ref), _objects(cand)
    if _passive(ref) != _passive(cand):
        # a passive's subject is what it is done to: 'X is not permitted to sell' / 'the deal permits X to sell'
        a |= {fold(c.lemma_) for c in ref.children if c.dep_ == "nsubjpass" and c.is_alpha and not c.is_stop}
        b |= {fold(c.lemma_) for c in cand.children if c.dep_ == "nsubjpass" and c.is_alpha and not c.is_stop}
    if bool(a) != bool(b):
        # an object on one side, an infinitive on the other: what the infinitive is done to ('did not plan
        # redundancies' / 'plans to deploy vans'); two infinitives are left to the words around them
        a, b = _objects(ref, deep=True), _objects(cand, deep=True)
    if not a or not b or a & b or _singulars(a) & _singulars(b):
        return False  # (the tagger may leave a plural as its lemma: 'further voids' tagged NN, lemma 'voids')
    if (a <= _NONE_WORDS or b <= _NONE_WORDS) and not any(_excepting(t) for v in (ref, cand) for t in v.sent):
        # 'found nothing that could not be explained' / 'found some things it could not explain': the none is the
        # denial (not a none bounded by an exception: 'apart from small damage, found nothing wrong' / 'found only
        # minor damage')
        return False
    # (a thing named by its kind on one side: 'working heating' / 'a working heating system')
    kinds_a, kinds_b = (
        {fold(k.lemma_) for o in v.children if o.dep_ == "dobj" for k in o.children if k.dep_ == "compound"} for v in (ref, cand)
    )
    if a & kinds_b or b & kinds_a:
        return False
    # two nouns of one event ('had not ordered the move' / 'ordered the change', 'welcomed the cut' / 'did not welcome
    # the reduction'): the same thing done
    events = [(x, y) for x in a for y in b if _event_verbs(x) and _event_verbs(y)]
    return not any(paraphrase(v, w) for x, y in events for v in _event_verbs(x) for w in _event_verbs(y))


def _done_only_with(verb: Token) -> bool:
    """The verb has a 'without' phrase of its own: denied, it says what the deed needs ('cannot be moved without a
    crane'), not that it is not done."""
    return any(k.dep_ == "prep" and k.lower_ == "without" for k in verb.children)


def _bounded_in_time(verb: Token) -> bool:
    """The verb has a time limit of its own ('within 72 hours', 'by the deadline', 'in time'): denied, it says the deed
    was not done in time, not that it was never done."""
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ in ("within", "by", "before") and any(t.like_num or t.lower_ in _LIMIT_WORDS for t in p.subtree):
            return True
        if p.dep_ == "prep" and p.lower_ == "in" and any(o.lower_ == "time" for o in p.children):
            return True
    return False


_LIMIT_WORDS = frozenset({"deadline", "limit", "hours", "days", "weeks", "months", "time"})


def _timed(verb: Token) -> bool:
    """The deed's clause gives when or how long after it came: a figure or a word of lateness in the verb's own words or
    the words of the verb it completes ('took nine days to report', 'reported it nine days later')."""
    words = [*verb.subtree, *(verb.head.children if verb.dep_ == "xcomp" else ())]
    return any(t.like_num or t.lower_ in ("later", "late", "after", "beyond", "afterwards") for t in words)


def _event_verbs(noun: str) -> tuple[str, ...]:
    """The verbs a noun names the event of: WordNet's derivations, or the verb of the same form ('a cut', 'a ban')."""
    return noun_verbs(noun) or ((noun,) if is_verb(noun) else ())


def _singulars(words: set[str]) -> set[str]:
    return {w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in words}


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _object_words(verb: Token) -> set[str]:
    """The content words of a verb's objects, with their names and modifiers ('former treasurer Glen Maddox', 'Glen
    Maddox, a treasurer'; not 'for a paintball site' after 'refusal')."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    words: set[str] = set()
    while objects:  # the noun with its names, modifiers and owners, not its prepositional phrases
        o = objects.pop()
        if o.is_alpha and not o.is_stop:
            words.add(o.lemma_.lower())
        objects += [c for c in o.children if c.dep_ in ("compound", "amod", "poss", "appos", "nmod", "flat")]
    return words


def _other_subjects(ref: Token, cand: Token) -> bool:
    """The verb said of another doer: both active with subjects, with no word in common ('Corvan wins' / 'Penby
    has not won')."""

    def active(v: Token) -> bool:  # the subject of 'is set to buy' buys: its own verb's voice decides
        subjects = _subject_tokens(v)
        return (
            bool(subjects)
            and (any(c.dep_ == "nsubj" for c in subjects) or subjects[0].head.i != v.i)
            and not any(c.dep_ == "auxpass" for c in v.children)
        )

    if ref.pos_ != "VERB" or cand.pos_ != "VERB" or not all(active(v) for v in (ref, cand)):
        return False  # a passive names the one it is done to: 'was convicted' has the defendant, 'acquitted' the jury
    bodies = set(lexicon()["org_generic_heads"])
    if any(s.pos_ == "PRON" or s.lemma_.lower() in bodies for v in (ref, cand) for s in _subject_tokens(v)):
        return False  # 'the company', 'it': may well be the other side's named doer
    a, b = subject_words(ref), subject_words(cand)
    return bool(a) and bool(b) and not (a & b)


def _said_of_others_passive(ref: Token, cand: Token) -> bool:
    """One passive verb said of two things that each text names apart ('private scooters will still be allowed' /
    'riders will not be allowed to carry passengers', where each text has the scooters and the riders): the subjects
    share no word, and each is found in the other sentence outside the verb's own subject."""

    def passive(v: Token) -> bool:
        return any(c.dep_ == "auxpass" for c in v.children) or any(c.dep_ == "nsubjpass" for c in (_subject_tokens(v)[:1] or [v]))

    if ref.pos_ != "VERB" or cand.pos_ != "VERB" or not (passive(ref) and passive(cand)):
        return False
    if any(s.pos_ == "PRON" for v in (ref, cand) for s in _subject_tokens(v)):
        return False
    if not subject_words(ref) or not subject_words(cand) or subject_words(ref) & subject_words(cand):
        return False

    def elsewhere(subject_of: Token, verb: Token) -> bool:
        # (not among the verb's own participants: 'no accidents had been linked to the faults' / 'the faults had been
        # linked to accidents' turns one link round)
        heads = {fold(s.lemma_) for s in _subject_tokens(subject_of)}
        own = {t.i for s in _subject_tokens(verb) for t in s.subtree}
        own |= {t.i for c in verb.children if c.dep_ in ("prep", "agent", "dobj", "dative", "attr") for t in c.subtree}
        return heads <= {fold(t.lemma_) for t in verb.sent if t.i not in own}

    return elsewhere(ref, cand) and elsewhere(cand, ref)


def _converse(ref: Token, cand: Token) -> bool:
    """'A beat B' / 'B lost to A': the subject of one is a participant of the other but not its subject."""
    rs, cs = subject_words(ref), subject_words(cand)
    if not rs or not cs or rs & cs:
        return False
    others = {fold(t.lemma_) for c in ref.children if c.dep_ not in SUBJECTS for t in c.subtree if t.is_alpha and not t.is_stop}
    return bool(cs & others)


def _passive_converse(ref: Token, cand: Token) -> bool:
    """Two passives of converse verbs with the third party moved from 'to' or 'from' to 'by' ('has been sold to
    Nordfrakt' / 'has been bought by Nordfrakt'): one event told from its other side."""

    def passive(v: Token) -> bool:
        # (or a participle said of a noun: 'equipment borrowed from a nearby winery')
        return any(c.dep_ in ("auxpass", "agent") for c in v.children) or _participle_of_noun(v)

    def subjects(v: Token) -> set[str]:
        if _participle_of_noun(v):
            return {fold(v.head.lemma_)}
        # (the parser may hang the noun on its participle: 'with equipment lent by a winery', 'equipment' a compound)
        if v.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in v.children):
            return {fold(c.lemma_) for c in v.children if c.dep_ == "compound" and c.i < v.i}
        return subject_words(v)

    def party(v: Token, preps: tuple[str, ...]) -> set[str]:
        # ('sold to the media group': the parser's 'to' may be a dative)
        deps = ("prep", "agent", "dative")
        return {fold(t.lemma_) for p in v.children if p.dep_ in deps and p.lower_ in preps for t in p.subtree if t.is_alpha}

    def done_to(v: Token) -> set[str]:  # the active's object
        return {fold(t.lemma_) for o in v.children if o.dep_ == "dobj" for t in o.subtree if t.is_alpha and not t.is_stop}

    if passive(ref) != passive(cand):
        # one side active: 'X has sold its desserts division to B' / 'the desserts division has been bought by B'
        active, other = (cand, ref) if passive(ref) else (ref, cand)
        return bool(done_to(active) & subjects(other)) and bool(party(active, ("to", "from")) & party(other, ("by",)))
    if not (passive(ref) and passive(cand)) or not (subjects(ref) & subjects(cand)):
        return False
    if converse(ref.lemma_, cand.lemma_) and not any(party(v, ("to", "from", "by")) for v in (ref, cand)):
        return True  # 'the ticket was bought at a newsagent' / 'was sold at a newsagent': one sale, no side named
    return bool(party(ref, ("to", "from")) & party(cand, ("by",))) or bool(party(ref, ("by",)) & party(cand, ("to", "from")))


def _because_clause(verb: Token) -> Token | None:
    """The verb's clause of reason, opened by 'because' as its mark."""
    clauses = (c for c in verb.children if c.dep_ == "advcl")
    return next((c for c in clauses if any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children)), None)


def _reason_denied(word: Token) -> bool:
    """The word's clause is a deed with a 'because' clause and a 'not' on one of the two ('is not retiring because he
    is tired', 'is retiring not because he is tired'), or that 'because' clause itself: English leaves open whether the
    deed or its reason is denied, so the two wordings tell one denial."""
    clause = word.head if word.dep_ in ("acomp", "attr") and word.head.pos_ == "AUX" else word
    reason = _because_clause(clause.head) if clause.dep_ == "advcl" else None
    deed = clause.head if reason is not None and reason.i == clause.i else clause
    reason = _because_clause(deed)
    if reason is None:
        return False
    mark = next(m for m in reason.children if m.dep_ == "mark" and m.lower_ == "because")
    if any(c.dep_ == "neg" and c.i == mark.i - 1 for c in reason.children):
        return True
    # (a comma before 'because' leaves the deed denied: 'is not quitting the club, because he is happy there')
    return any(c.dep_ == "neg" for c in deed.children) and word.doc[mark.i - 1].text != ","


def _leave_denied_to_subject(word: Token) -> bool:
    """The deed a denied passive leave is said of as its subject ('touching the case is not permitted'): a rule, which
    says no more than that the deed may not be done (only ever read to clear a denial told the other way)."""
    head = word.head
    passive = any(k.dep_ == "auxpass" for k in head.children)
    return word.dep_ in ("csubj", "csubjpass") and head.lemma_.lower() in _ENABLING and passive and denied(head)


def _one_denied_reason(r: Token, c: Token) -> bool:
    """Both words are in a deed-and-reason told with one 'not' (`_reason_denied`), and the two reasons are the same
    deed, denied alike ('because I need the money' / 'because she needed the money', not 'because the winds have
    eased' / 'because the winds have not eased')."""
    if not (_reason_denied(r) and _reason_denied(c)):
        return False

    def reason(word: Token) -> Token | None:
        for v in (word, word.head, word.head.head):
            if v.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "because" for m in v.children):
                return v
            found = _because_clause(v)
            if found is not None:
                return found
        return None

    def said(v: Token) -> tuple[str, bool]:
        main = next((k for k in v.children if k.dep_ == "acomp"), v) if v.lemma_ == "be" else v
        mark = next((m.i for m in v.children if m.dep_ == "mark" and m.lower_ == "because"), -1)
        return main.lemma_.lower(), any(k.dep_ == "neg" and k.i != mark - 1 for k in v.children)

    x, y = reason(r), reason(c)
    return x is not None and y is not None and said(x) == said(y)


def _participle_of_noun(v: Token) -> bool:
    """A past participle said of the noun it follows, a passive without its auxiliary ('equipment lent by a winery')."""
    return v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ in ("NOUN", "PROPN")


def _copular(r: Token, c: Token) -> bool:
    """The word is what a copula says of its subject on both sides, and the copulas are not compared themselves ('remained
    a problem' / 'was no longer a problem'): the copula's negation is the word's to report."""

    def said_of(t: Token) -> Token | None:
        """The copula that says the word: its attribute's, or that of a phrase it ends ('was in good condition')."""
        if t.dep_ in ("attr", "acomp"):
            return t.head
        return t.head.head if _state_phrase(t) else None

    r_copula, c_copula = said_of(r), said_of(c)
    if r_copula is None or c_copula is None:
        return False
    if any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for v in (r_copula, c_copula) for m in v.children):
        return False  # 'unless a lifeguard was on duty' / 'only if a lifeguard is on duty': a condition, the verb's to weigh
    heads = r_copula.lemma_.lower(), c_copula.lemma_.lower()
    return all(h in (*COPULAS, *_PUTTING) for h in heads) and (heads[0] != heads[1] or "be" in heads)


_STATE_PREPS = frozenset({"in", "under", "on", "at", "within", "over", "behind", "beyond", "above", "below", "off"})


def _state_phrase(tok: Token) -> bool:
    """The noun of the phrase a copula says of its subject ('was in good condition', 'is under control', 'were at
    risk'): the copula's first phrase, of a preposition of state, not of a time ('during the strike', 'in the winter')."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _STATE_PREPS:
        return False
    verb = prep.head.lemma_.lower()
    put = verb in _PUTTING and (verb == "come" or any(c.dep_ == "auxpass" for c in prep.head.children))
    if verb not in COPULAS and not put:
        return False
    first = next((c for c in prep.head.children if c.dep_ == "prep" and c.i > prep.head.i), None)
    return first is not None and first.i == prep.i and tok.ent_type_ not in ("DATE", "TIME")


def _un(a: Token, b: Token) -> bool:
    """One word is the other with 'un-' or 'non-' before it ('unvaccinated' / 'vaccinated', 'non-binding' / 'binding')."""
    x, y = a.lower_, b.lower_
    return any(long == prefix + short or long == f"{prefix}-{short}" for prefix in ("un", "non") for long, short in ((x, y), (y, x)))


def _if_unless(r: Token, c: Token) -> bool:
    """One condition given by 'if', the other by 'unless', with the sentence round it turned too ('will only reopen if
    the tests come back clean' / 'will not reopen unless the tests come back clean'): 'unless' denies its clause, and
    the two say the same. The verbs compared may be the conditions' or the ones they are conditions of; 'will strike
    unless the offer is improved' / 'will strike if the offer is improved' is another condition."""

    def mark(tok: Token) -> str | None:
        even = any(c.lower_ == "even" for c in tok.children)  # 'even if': whatever the condition, no condition
        return None if even else next((m.lower_ for m in tok.children if m.dep_ == "mark" and m.lower_ in ("if", "unless")), None)

    def only(clause: Token) -> bool:
        return any(c.lower_ == "only" for c in clause.children)

    if {mark(r), mark(c)} == {"if", "unless"}:
        return denied(r.head) != denied(c.head)

    def condition(t: Token) -> Token | None:
        # on the verb, or ('only if', 'unless') on the verb it completes, where the parse may hang it ('urged people to eat
        # them only if ...')
        own = next((a for a in t.children if a.dep_ == "advcl" and mark(a)), None)
        above = t.head.children if t.dep_ == "xcomp" else ()
        hung = next((a for a in above if a.dep_ == "advcl" and a.i != t.i and (mark(a) == "unless" or (mark(a) == "if" and only(a)))), None)
        return own or hung

    conditions = [condition(t) for t in (r, c)]
    return all(conditions) and {mark(a) for a in conditions} == {"if", "unless"}


def _which_ones(verb: Token) -> bool:
    """The denied verb picks out the things a rule is about, not a fact: a relative clause on 'any', 'every', 'all' or
    'those' ('interest on any tax that is not paid by 31 January' / 'tax must be paid by 31 January to avoid
    interest')."""
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    return noun.lower_ in ("anyone", "anybody", "anything", "those", "whoever") or any(
        d.dep_ == "det" and d.lower_ in ("any", "every", "all", "each") for d in noun.children
    )


def _partly(tok: Token) -> bool:
    doc = tok.doc
    hyphen = tok.i >= 2 and doc[tok.i - 1].text in ("-", "\u2010", "\u2011")
    return hyphen and doc[tok.i - 2].lower_ in ("half", "semi", "part", "partly", "partially", "largely", "mostly")


def _only_unless(tok: Token) -> bool:
    """The word heads an 'unless' clause: denied only as a condition ('unless it is taught')."""
    return any(m.dep_ == "mark" and m.lower_ == "unless" for m in tok.children)


def _in_condition(tok: Token) -> bool:
    """The word is in a clause of condition, or has one: 'if', 'unless' on it or on the verbs above it in its sentence."""
    marks = word_lists()["condition"]
    for t in (tok, *tok.ancestors):
        if any(m.dep_ == "mark" and m.lower_ in marks for m in t.children):
            return True
        if any(c.dep_ == "advcl" and _only_unless(c) for c in t.children):
            return True
    return False


def _last_since(r: Token, c: Token) -> bool:
    """'was last seen in 2019' / 'has not been seen since 2019': the last time it happened, said both ways."""
    said, denial = (c, r) if denied(r) else (r, c)
    # (a noun or an adjective by its clause's verb: 'a privilege last awarded to a military unit in 1985' / 'an honour no
    # military unit had received since 1985')
    said, denial = (t if t.pos_ in ("VERB", "AUX") else _governor(t) for t in (said, denial))
    return any(t.lower_ == "last" and t.dep_ in ("advmod", "amod") for t in said.children) and any(
        t.lower_ == "since" for t in denial.children
    )


def _bounded(tok: Token) -> bool:
    """The word's statement holds up to a time: 'until', 'till' or 'before' on it or on a clause of it ('will not be
    produced until the site has been examined')."""

    def until(t: Token) -> bool:
        return t.lower_ in ("until", "till", "before") and t.dep_ in ("prep", "mark")

    # (a clause with a subject or a mark of its own has its own 'until': 'will not apply in the holidays, when it will
    # stay open until 10pm'; its mark bounds the word, 'until the site has been examined', as a participle's 'until'
    # does, 'will not reopen, remaining closed until March')
    def own_mark(t: Token) -> bool:
        return any((m.dep_ == "mark" and not until(m)) or m.dep_ in ("nsubj", "nsubjpass") for m in t.children)

    return any(until(t) for t in tok.children) or any(
        until(m) and (m.dep_ == "mark" or not own_mark(t)) for t in tok.children if t.dep_ == "advcl" for m in t.children
    )


def _conditioned(denial: Token, said: Token) -> bool:
    """A denial with the condition that lifts it ('cannot be removed or altered without permission'), against the
    same word in a clause of time or condition ('permission is needed before anyone removes them'), or a denial for a
    length of time against 'for the first time in' it ('have not reached for 150 years' / 'reach for the first time in
    150 years'): one fact said two ways."""
    lifted = any(c.dep_ == "prep" and c.lower_ == "without" for t in (denial, *denial.conjuncts) for c in t.children)
    clause = said.head if said.dep_ == "conj" else said
    if lifted and clause.dep_ == "advcl" and any(m.dep_ == "mark" for m in clause.children):
        return not denied(clause.head)  # not where the condition itself is denied ('a licence is not needed before ...')
    # (the first time still to come: 'has not won for 30 years' / 'won for the first time in 30 years' is no match)
    if not (first_time(said) and (for_a_length(denial) or any(p.dep_ == "prep" and p.lower_ == "since" for p in denial.children))):
        return False
    return said.tag_ not in ("VBD", "VBN") or _first_time_still_to_come(said, denial)


def first_time(tok: Token) -> bool:
    """'for the first time' on the word ('will reach them for the first time in 150 years'), or the word the clause of
    'the first time' ('It will be the first time the manuscript has left the abbey since 1953')."""
    times = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.lemma_ == "time"]
    if tok.dep_ == "relcl" and tok.head.lemma_ == "time":
        times.append(tok.head)
    if tok.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in tok.children):
        # 'it was the first time in 40 years that a race had ended in a tie': the clause of the copula's 'time'
        times += [a for a in tok.head.children if a.dep_ == "attr" and a.lemma_ == "time"]
    return any(any(a.lower_ == "first" for a in o.children) for o in times)


def _first_time_still_to_come(said: Token, denial: Token) -> bool:
    """The first time is still to come ('It will be the first time the manuscript has left the abbey since 1953') or
    the denial is told of the time before it ('No leather craftsman had won the prize since 2008'): the denial holds."""
    if said.dep_ == "relcl" and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll") for a in said.head.head.children):
        return True
    # (or the deed is told as still to come elsewhere in the text: 'will tour 14 cities next spring ... It is the first
    # time in a decade that the company has toured abroad' / 'has not toured abroad for ten years')
    if any(_future_deed(t, said) for d in {said.doc, denial.doc} for t in d):
        return True
    return any(a.dep_ == "aux" and a.lower_ == "had" for a in denial.children)


def _future_deed(tok: Token, deed: Token) -> bool:
    """The token is the deed's verb, told with 'will' and not denied."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != deed.lemma_.lower() or denied(tok):
        return False
    return any(a.dep_ == "aux" and a.lower_ in ("will", "'ll") for a in tok.children)


def for_a_length(tok: Token) -> bool:
    """A length of time on the word ('have not reached for over 150 years', 'not seen in a decade')."""
    # (or on the verb's last phrase, where the parse hangs it: 'had not ended in a tie for 40 years')
    placed = [o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj" and o.i > tok.i]
    preps = (p for t in (tok, *placed[-1:]) for p in t.children if p.dep_ == "prep" and p.lower_ in ("for", "in"))
    return any(o.lemma_.lower() in _LENGTH_NOUNS for p in preps for o in p.children)


_LENGTH_NOUNS = frozenset({"minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century", "generation"})


def _lasting(verb: Token) -> bool:
    """A verb of how long with a length of time for its object: 'will take three years', 'spent a decade' say how long,
    not what was taken or given ('lost four minutes' / 'gained four minutes' still oppose)."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in _HOW_LONG
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _LENGTH_NOUNS for c in verb.children)
    )


_HOW_LONG = frozenset({"take", "spend", "last", "need", "require"})


def _for_a_time(r: Token, c: Token) -> bool:
    """A denial that holds up to a time, against the same thing said 'only' from then ('will not be confirmed until
    after the trials' / 'will only be confirmed after the trials') or said with no time bound at all ('No copper will be
    produced until the site has been examined' / 'The mine produces 18,000 tonnes a year'): the same, or a pause, not
    the opposite."""
    denied_r = denied(r)
    if denied_r == denied(c):
        return False
    denial, said = (r, c) if denied_r else (c, r)
    if denial.pos_ not in ("VERB", "AUX") and said.pos_ not in ("VERB", "AUX"):
        # a thing by its clause's verb: 'No sign will be ordered until its translation has been checked' / 'Translations
        # will be checked before any sign is ordered', what waits for another thing
        denial, said = _governor(denial), _governor(said)
        before = said.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "before" for m in said.children)
        # (the thing waited for the same deed on both sides: 'until its translation has been checked' / 'Translations will
        # be checked before ...'; not 'until the lifeguards have left' / 'The lifeguards will check the water before ...')
        waited = [t for t in denial.children if t.dep_ == "advcl" and any(m.lower_ in ("until", "till") for m in t.children)]
        same = any(t.lemma_.lower() == said.head.lemma_.lower() or synonym(t.lemma_, said.head.lemma_) for t in waited)
        return _bounded(denial) and before and same
    if not _bounded(denial):
        return False
    only = any(t.lower_ == "only" for t in said.children) or any(
        t.lower_ == "only" for a in said.children if a.dep_ in ("prep", "advcl") for t in a.subtree
    )
    # or as what waits for another thing ('must be approved before it can take effect' / 'cannot take effect until it
    # is approved'): the 'before' is the clause's own, not a bound on it
    after = any(m.dep_ == "mark" and m.lower_ == "before" for m in said.children) and said.dep_ == "advcl"
    # a deed told as done on both sides ('until then, the department has not issued a notice' / 'the county has issued a
    # notice') is denied and affirmed up to the same time, whatever bounds the denial
    return only or after or (not _bounded(said) and not (_done(denial) and _done(said)))


def _done(verb: Token) -> bool:
    """A verb told as done by now: past tense or perfect ('issued', 'has issued', 'had not issued')."""
    return verb.tag_ == "VBD" or any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in verb.children)


def extent(tok: Token) -> tuple[int, int]:
    """The word with its negation, auxiliaries and particle ('did not approve', 'no longer'), and the subject or
    object that carries a 'no' ('found no evidence', 'no data had been lost')."""
    parts = [tok, *(c for c in tok.children if c.dep_ in ("neg", "aux", "auxpass", "prt", "det") and c.lower_ in _SMALL)]
    if tok.dep_ in ("attr", "acomp") and tok.head.lemma_.lower() in COPULAS:
        head = tok.head  # 'was no longer a problem': the copula and its negation with the word
        parts += [head, *(t for c in head.children if c.dep_ == "neg" or c.lower_ == "longer" for t in c.subtree)]
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubj", "nsubjpass") and (c.lower_ in ("nothing", "nobody", "none") or _said_no(c)):
            parts += list(c.subtree)
    start = min(t.idx for t in parts)
    end = max(t.idx + len(t.text) for t in parts)
    return start, end


_SMALL = {"not", "n't", "never", "no", "did", "do", "does", "had", "has", "have", "was", "were", "is", "are", "been", "be"}


def _key(tok: Token) -> tuple[str, bool]:
    """A word by lemma and whether it is a verb: the noun 'fall' is no verb 'fall'; an 'adjective' with 'do' for its
    auxiliary is a verb the tagger misread ('the gap did not narrow')."""
    misread = tok.pos_ == "ADJ" and any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in tok.children)
    return tok.lemma_.lower(), tok.pos_ in ("VERB", "AUX") or misread


def _state_against_adjective(a: Token, b: Token) -> bool:
    """A passive participle that tells a state ('will be closed to the public') against an adjective ('will remain
    open'): the two compare as adjectives do."""

    def state(t: Token) -> bool:
        return t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children)

    def when(t: Token) -> set[str]:
        """What the state holds for and when: the objects of its phrases and of its verb's ('to the public at night')."""
        holders = [t, t.head] if t.dep_ in ("acomp", "attr", "xcomp", "oprd") else [t]
        return {o.lemma_.lower() for h in holders for p in h.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"}

    # the participle as the adjective it is ('closed' / 'open'), not its verb ('filled' is no 'empty': 'fill' / 'empty')
    if state(a) and b.pos_ == "ADJ":
        antonyms = opposite(a.lower_, b.lemma_.lower())
    else:
        antonyms = state(b) and a.pos_ == "ADJ" and opposite(b.lower_, a.lemma_.lower())
    # complements, not opposites: 'open, except on Mondays' / 'closed on Mondays', 'open during the day' / 'closed at night'
    excepted = any(w.lower_ in ("except", "excluding", "apart") for t in (a, b) for w in (t.head if t.dep_ == "acomp" else t).subtree)
    return bool(antonyms) and not excepted and when(a) == when(b)


def _compared_with(tok: Token) -> frozenset[str]:
    """The words of what a comparative is compared with ('cheaper than bus fares': bus, fare)."""
    than = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "than"]
    return frozenset(w.lemma_.lower() for p in than for w in p.subtree if w.is_alpha and not w.is_stop)


def _lessened(tok: Token) -> bool:
    """An adjective or adverb under 'less' or 'least' ('less expensive', 'less often', 'the least noisy'): a
    comparative or superlative of its opposite."""
    return tok.pos_ in ("ADJ", "ADV") and any(c.dep_ == "advmod" and c.lower_ in ("less", "least") for c in tok.children)


def _opposite(r: Token, c: Token) -> bool:
    """WordNet antonyms, also of comparatives the tagger leaves as they are ('later' / 'earlier': 'late' / 'early')."""

    def forms(t: Token) -> set[str]:
        w = t.lemma_.lower()
        if t.pos_ == "VERB":
            return {w, verb_lemma(t), *phrasal_forms(t)}  # with its particle: 'opting out of the register' / 'join the register'
        if t.tag_ not in ("JJR", "RBR", "RB", "JJ") or not w.endswith("er"):
            return {w}
        return {w, w[:-1], w[:-2], w[:-3] + "y" if w.endswith("ier") else w}

    return any(opposite(a, b, again=True) for a in forms(r) for b in forms(c))


def _counterpart(word: Token, sent: SpacySpan, own: SpacySpan, but: Token | None = None, rival: Token | None = None) -> bool:
    """A verb of the other sentence says what the word of `own` says: the verb again with 're-' ('open' / 'reopen') or a
    WordNet paraphrase that is not also its opposite ('close' / 'shut'), and not a verb that `own` has itself ('gained
    ..., while X climbed' / 'lost ..., while X climbed': 'climbed' is its own sentence's)."""
    if word.pos_ != "VERB":
        return False
    a = word.lemma_.lower()
    mine = {t.lemma_.lower() for t in own if t.pos_ == "VERB"}
    said = _said_of(word)

    def inside_noun(t: Token) -> bool:  # a verb inside a noun's phrase ('voted against a proposal to ... play')
        return any(h.pos_ == "NOUN" for h in t.ancestors)

    for t in sent:
        b = t.lemma_.lower()
        if t.pos_ != "VERB" or (but is not None and t.i == but.i) or b == a or b in mine or not (said & _said_of(t)):
            continue  # a counterpart in the same slot only: 'reopen in the autumn' / 'open again in the autumn'
        if (inside_noun(t) or t.dep_ in ("pcomp", "xcomp")) and rival is not None and rival.left_edge.i <= t.i <= rival.right_edge.i:
            continue  # what the rival verb is about, not a statement of its own ('abstained from voting')
        if {direction(word, transitive=True), direction(t, transitive=True)} == {"up", "down"}:
            continue  # 'lower the level' / 'the level will go up': a move each way ('go' is a hypernym of 'lower')
        if b in ("re" + a, "re-" + a) or a in ("re" + b, "re-" + b) or (paraphrase(a, b) and not opposite(a, b)):
            return True
    return False


def _until(verb: Token) -> bool:
    """'until' (or 'before') on the verb: a denial that ends at a time ('will not start until April'), which says when it
    holds."""
    if verb.lemma_.lower() not in lexicon()["inception_predicates"]:
        return False  # 'will not remain open until Christmas' denies; only a start is dated by 'not ... until'
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # 'will not start repaying ... until they earn'
    # ('will not open before 2027' / 'will open in 2027 at the earliest': 'not ... before' dates the start the same way)
    return any(c.lower_ in ("until", "till", "before") and c.dep_ in ("prep", "mark") for v in verbs for c in v.children) or any(
        k.lower_ in ("until", "till") and k.dep_ == "mark" for v in verbs for c in v.children if c.dep_ == "advcl" for k in c.children
    )


def _stances(a: Token, b: Token) -> bool:
    """One verb takes a side against something ('voted against', 'campaigned against'), the other for it ('backed',
    'approved', 'voted for'): opposite stances."""
    support = set(lexicon()["support_predicates"])

    def against(t: Token) -> bool:
        # ('rejected the plan', 'opposed the plan': verbs of taking a side against it)
        opposing = t.lemma_.lower() in lexicon()["opposition_predicates"] and any(c.dep_ == "dobj" for c in t.children)
        return t.pos_ == "VERB" and (opposing or any(c.dep_ == "prep" and c.lower_ == "against" for c in t.children))

    support |= set(lexicon()["adoption_predicates"])  # 'ratified the treaty' / 'voted against the treaty'

    def backs(t: Token) -> bool:
        for_it = t.lemma_.lower() == "vote" and any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children)
        # ('agreed to the parents' calls': consented to what was asked)
        consented = t.lemma_.lower() == "agree" and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" for o in c.children) for c in t.children
        )
        return t.pos_ == "VERB" and not against(t) and (t.lemma_.lower() in support or for_it or consented)

    return (against(a) and backs(b)) or (backs(a) and against(b))


def _slot_filled(word: Token, sent: SpacySpan, rival: Token) -> bool:
    """An adjective whose place the other sentence fills with another adjective that is not its opposite: the same
    relation to the same head ('leaving £48m unused' / 'leaving £48m unspent'): that one is its counterpart, whatever
    else in the sentence looks opposite ('spent only 61 per cent')."""
    if word.pos_ != "ADJ":
        return False

    def verbs(t: Token) -> set[str]:  # its head and the head's head: parses hang 'leaving £48m unused' either way
        return {a.lemma_.lower() for a in list(t.ancestors)[:2] if a.pos_ == "VERB"}

    def slot(t: Token) -> set[str]:
        return verbs(t) | {t.head.lemma_.lower()}

    if slot(rival) & slot(word) or rival.pos_ == "ADJ":
        return False  # the opposite is said in the same place ('50% less gas' / '50% more gas', 'found it unsafe')
    for t in sent:
        if t.i == rival.i or t.pos_ != "ADJ":
            continue
        if not (verbs(t) & verbs(word) or t.head.lemma_.lower() == word.head.lemma_.lower() and t.dep_ == word.dep_):
            continue
        if not (_un(t, word) or _opposite(t, word)):
            return True
    return False


def _said_of(verb: Token) -> set[str]:
    """The content words of what a verb's clause says besides the verb (its objects, times and places), not those of
    the verbs joined to it ('close on 3 May and reopen on 20 September': 'close' is said of 3 May only)."""
    joined = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
    words = (t for t in verb.subtree if t.i != verb.i and t.i not in joined and (t.is_alpha or t.like_num) and not t.is_stop)
    return {fold(t.lemma_) for t in words if t.pos_ != "VERB"}


LIGHT_VERBS = frozenset({"be", "have", "exist", "remain", "find", "get", "make", "give", "take", "see", "report"})


def _other_predicates(r: Token, c: Token) -> bool:
    """A noun or adjective said under two unrelated verbs ('waive market fees' / 'pay no market fees'): what one verb
    does to it is not the other's, so the noun's 'no' on one side alone says nothing. Light verbs ('be', 'have', 'find')
    say only that it is there or not, and are compared ('there was no evidence' / 'evidence was found')."""
    vr, vc = _clause_verb(r), _clause_verb(c)
    if c.pos_ == "VERB" or vr is None or vc is None or vr is r or vc is c:
        return False
    a, b = vr.lemma_.lower(), vc.lemma_.lower()
    return a != b and not {a, b} & LIGHT_VERBS and not paraphrase(a, b)


_LIMITS = ("no more than", "not more than", "no longer than", "at most", "up to", "a maximum of", "more than", "longer than")


def _a_limit(tok: Token) -> bool:
    """The word's clause sets a limit ('may work for no more than six hours' / 'no donkey may be worked more than six
    hours'): 'no' there bounds an amount, it denies nothing."""
    verb = _clause_verb(tok) or tok
    other = {t.i for c in verb.children if c.dep_ in ("conj", "ccomp", "advcl", "relcl", "parataxis") for t in c.subtree}
    own = [t for t in verb.subtree if t.i not in other]  # its own clause: not '..., but very few lived longer than five years'
    text = " ".join(t.lower_ for t in own)
    return "no" in text.split() and any(f" {w} " in f" {text} " for w in _LIMITS) and any(t.like_num for t in own)


def _argument_nouns(verb: Token) -> set[str]:
    """The nouns of a verb's subject and object."""
    return {t.lemma_.lower() for a in verb.children if a.dep_ in ("nsubj", "nsubjpass", "dobj") for t in a.subtree if t.pos_ == "NOUN"}


def _excluded(noun_lemmas: set[str], sent: SpacySpan, word: Token) -> bool:
    """One of the nouns is what the sentence sets aside with 'not' ('will accept small appliances, but not large items');
    not a 'not' on `word`'s own verb or on one that governs it ('will not be banned from using stoves' denies the ban,
    not the stoves)."""
    denied_at, _ = _denied_nouns(sent, {word.i, *(t.i for t in word.ancestors)})
    excluded = set(denied_at)
    for neg in (t for t in sent if t.dep_ == "neg" and t.head.dep_ == "amod" and t.head.i > t.i):
        excluded |= {t.lemma_.lower() for t in neg.head.head.subtree if t.pos_ == "NOUN"}  # 'but not large items'
    return bool(noun_lemmas & excluded)


def _ended(tok: Token) -> bool:
    """A participle that describes the thing a verb of stopping is done to ('discontinue the printed timetables'): the
    printing is what stops, as in 'stop printing the timetables'."""
    if tok.pos_ != "VERB" or tok.dep_ != "amod" or tok.head.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = tok.head.head.lemma_.lower()
    return verb in _governors() or any(paraphrase(verb, g) for g in ("stop", "cease"))


def _goal_of_duty(tok: Token) -> bool:
    """The word is in a clause of purpose of a duty ('must have lived there for two years to be eligible'): what the
    duty is for, not said to be so."""
    clause = tok.head if tok.dep_ in ("acomp", "attr") else tok
    if clause.dep_ != "advcl" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
        return False
    return any(a.dep_ == "aux" and a.lower_ == "must" for a in clause.head.children)


def _left_undone(tok: Token) -> bool:
    """A noun that a verb of leaving undone takes as its object ('breach the standards', 'missed the deadline',
    lexicon `omission_predicates`): not met, as 'fall short of the standards' or 'did not meet the deadline' say."""
    verb = tok.head
    undone = tok.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon()["omission_predicates"]
    return undone and not denied(verb)


_ENDING = ("end", "stop", "cease", "halt", "terminate", "finish")


def _ended_practice(tok: Token) -> bool:
    """A deed told in a relative clause of what a verb of ending is done to ('ending an arrangement under which members
    trained in a gym'): done until now and not from now on, as 'will no longer have to train in a gym' says."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("relcl", "acl") or tok.head.dep_ not in ("dobj", "nsubjpass"):
        return False
    return tok.head.head.lemma_.lower() in _ENDING and not denied(tok.head.head)


def _no_longer(tok: Token) -> bool:
    """'no longer' on the verb or on the verb whose complement it is ('will no longer have to train')."""
    verbs = (tok, tok.head) if tok.dep_ == "xcomp" else (tok,)
    return any(x.lower_ == "longer" and any(g.lower_ == "no" for g in x.children) for v in verbs for x in v.children)


def _clause_verb(tok: Token) -> Token | None:
    return next((t for t in (tok, *tok.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def _said_by_opposites(r: Token, c: Token) -> bool:
    """A noun or adjective denied on one side under the opposite verb on the other: 'no new licences will be granted'
    / 'new licences will be refused' say the same."""
    vr, vc = _clause_verb(r), _clause_verb(c)
    return c.pos_ != "VERB" and vr is not None and vc is not None and vr is not r and vc is not c and _opposite(vr, vc)


def _still_against_stopped(r: Token, c: Token) -> bool:
    """One verb said to go on ('still performs', 'can continue to use'), the other to have stopped ('no longer plays')."""

    def still(t: Token) -> bool:
        # (or what a verb of going on goes on with: 'can continue to use the name')
        going_on = t.dep_ == "xcomp" and t.head.lemma_.lower() == "continue" and not denied(t.head)
        return (going_on or any(x.dep_ == "advmod" and x.lower_ == "still" for x in t.children)) and not denied(t)

    def no_before(x: Token) -> bool:  # 'no' on 'longer', or just before it wherever the parse hung it
        return any(g.lower_ == "no" for g in x.children) or (x.i > 0 and x.doc[x.i - 1].lower_ == "no")

    def stopped(t: Token) -> bool:
        return any(x.lower_ == "longer" and no_before(x) for x in t.children)

    return (still(r) and stopped(c)) or (stopped(r) and still(c))


_KEEPING = frozenset({"keep", "retain", "maintain", "preserve"})


def _kept_against_stopped(r: Token, c: Token) -> bool:
    """One side keeps a thing ('residents will keep their pull-cords'), the other no longer has that very thing ('will
    no longer have their pull-cords'): the same thing, had on one side only."""

    def stopped(t: Token) -> bool:
        return any(x.lower_ == "longer" and any(g.lower_ == "no" for g in x.children) for x in t.children)

    kept, gone = (r, c) if stopped(c) else (c, r)
    if not stopped(gone) or kept.lemma_.lower() not in _KEEPING or denied(kept):
        return False
    having = gone.lemma_.lower() in _KEEPING or gone.lemma_.lower() in lexicon()["possession_predicates"]
    return having and bool(_object_words(kept) & _object_words(gone))


def _still_to_come(r: Token, c: Token) -> bool:
    """Not done yet, said both ways: 'has yet to pass' (a denial) / 'must still pass', 'still needs to pass'."""

    def yet(t: Token) -> bool:
        return t.dep_ == "xcomp" and any(x.dep_ == "advmod" and x.lower_ == "yet" for x in (*t.head.children, *t.children))

    def still(t: Token) -> bool:
        owners = [t, t.head] if t.dep_ == "xcomp" and t.head.lemma_.lower() in ("have", "need") else [t]
        # 'are still working to establish the cause': what they are still trying to do is not done yet
        trying = t.dep_ in ("xcomp", "advcl") and t.head.lemma_.lower() in lexicon()["effort_predicates"]
        owners = [t, t.head] if trying else owners
        must = len(owners) == 2 or any(x.dep_ == "aux" and x.lower_ == "must" for x in t.children)
        return must and any(x.dep_ == "advmod" and x.lower_ == "still" for o in owners for x in o.children)

    return (yet(r) and still(c)) or (yet(c) and still(r))


def _sides_turned(r: Token, c: Token) -> bool:
    """Two comparatives whose sides are swapped: the one after 'than' on one side is the subject on the other."""

    def sides(t: Token) -> tuple[str, str] | None:
        than = next((p for p in t.children if p.lower_ == "than"), None)
        other = next((o for o in than.children if o.dep_ == "pobj"), None) if than is not None else None
        verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) if t.pos_ != "VERB" else t
        one = next((s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
        return (one.lemma_.lower(), other.lemma_.lower()) if one is not None and other is not None else None

    a, b = sides(r), sides(c)
    return a is not None and b is not None and a == b[::-1] and a[0] != a[1]


def _no_change_to(tok: Token) -> bool:
    """The word is what 'no change' is said of: 'no change to timetables or fares'."""
    for t in tok.ancestors:
        if t.lemma_.lower() == "change" and t.pos_ == "NOUN":
            return any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _kept_level(tok: Token) -> bool:
    """The word is the subject of a verb of keeping level ('timetables will stay the same', 'fares remain unchanged';
    lexicon `level_predicates`)."""
    return tok.dep_ in ("nsubj", "nsubjpass", "conj") and _governor(tok).lemma_.lower() in lexicon()["level_predicates"]


def _complemented_verb(tok: Token) -> Token:
    """The verb whose clause a word is said in: itself, or the verb an adjective complements ('became available')."""
    return tok.head if tok.dep_ in ("acomp", "attr") else tok


def _not_until(tok: Token) -> bool:
    """A denial up to a time: 'had not been available until after his death' (from then on it was)."""
    verb = _complemented_verb(tok)
    return denied(verb) and any(c.dep_ == "prep" and c.lower_ in ("until", "till") for c in verb.children)


def _only_after(tok: Token) -> bool:
    """'only became available after he died', 'only from 2020': not before that time, told without a denial."""
    verb = _complemented_verb(tok)
    if denied(verb):
        return False
    later = [c for c in verb.children if (c.dep_ == "prep" and c.lower_ in ("after", "from", "since")) or c.dep_ == "advcl"]
    later = [c for c in later if c.dep_ == "prep" or any(m.dep_ == "mark" and m.lower_ in ("after", "once", "when") for m in c.children)]
    only = any(c.dep_ == "advmod" and c.lower_ == "only" for c in [*verb.children, *(g for x in later for g in x.children)])
    return bool(later) and only


def _needed(noun: Token) -> bool:
    """The noun is what a verb of need takes ('needed more specialist staff', 'require extra funding')."""
    return (
        noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in lexicon()["need_words"] and not denied(noun.head)
    )


def _under_level(noun: Token) -> bool:
    """The noun is what something lies below ('was below a living wage', 'under the safety minimum')."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("below", "under", "beneath")


def _not_yet(verb: Token) -> bool:
    """'has not yet been decided': a denial that says the thing is still to come."""
    return denied(verb) and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children)


def _still_to_be(verb: Token) -> bool:
    """'is still to be decided', 'remains to be seen': what has not happened yet, told without a denial."""
    head = verb.head
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or denied(head):
        return False
    return head.lemma_.lower() == "remain" or (head.lemma_.lower() == "be" and any(c.lower_ in ("still", "yet") for c in head.children))


def _denial_said_otherwise(r: Token, c: Token, ref: SpacySpan, cand: SpacySpan) -> bool:
    """A word denied on one side only where the other side says the denial another way, or no denial of a fact is made."""
    prefixed_here = [t for t in (ref if denied(c) else cand) if _un(t, r)]  # on the side that affirms
    prefixed_there = [t for t in (cand if denied(c) else ref) if _un(t, r)]
    if prefixed_here and not prefixed_there:
        return True  # 'replacing the unregistered design' / 'a design that was never registered': the prefix says the denial
    if c.pos_ == "VERB" and _denial_in_modifier(*((c, r) if denied(r) else (r, c))):
        return True  # 'failed to give accurate information' / 'gave inaccurate information': the denial moved into the object
    if _only_unless(r) != _only_unless(c) and not (_in_condition(r) and _in_condition(c)):
        return True  # 'could vanish unless it is taught' / 'a campaign to have it taught': a condition, no denial of a fact
    if c.pos_ == "VERB":
        if (denied(c) and _excluded(_argument_nouns(c), ref, r)) or (denied(r) and _excluded(_argument_nouns(r), cand, c)):
            return True  # 'large items will not be accepted' / 'will accept small items, but not large items'
    if _conditioned(*((r, c) if denied(r) else (c, r))):
        return True  # 'cannot be removed without the board's permission' / 'permission is needed before anyone removes'
    if c.pos_ != "VERB" and _conditioned(*(_governor(t) for t in ((r, c) if denied(r) else (c, r)))):
        return True  # 'the first time in 30 years that a final had been decided' / 'no final had been decided for 30 years'
    if _goal_of_duty(r if denied(c) else c):
        return True  # 'must have lived there two years to be eligible' / 'landlords are not eligible': a goal, not a fact
    if (_not_until(r) and _only_after(c)) or (_not_until(c) and _only_after(r)):
        return True  # 'had not been available until after his death' / 'only became available after he died'
    if (_lacked_after_of(r) and _needed(c)) or (_lacked_after_of(c) and _needed(r)):
        return True  # 'were short of specialist staff' / 'needed more specialist staff': lacking what is needed
    if (_lacked_after_of(r) and _under_level(c)) or (_lacked_after_of(c) and _under_level(r)):
        return True  # 'still fell short of a living wage' / 'was still below a living wage': a level not reached
    if (denied(c) and _left_undone(r)) or (denied(r) and _left_undone(c)):
        return True  # 'conditions may breach state standards' / 'could fall short of state standards'
    if (_ended_practice(r) and _no_longer(c)) or (_ended_practice(c) and _no_longer(r)):
        return True  # 'ending an arrangement under which members trained in a gym' / 'will no longer have to train there'
    if (_ended(c) and denied(r)) or (_ended(r) and denied(c)):
        return True  # 'will stop printing timetables' / 'will discontinue the printed timetables'
    if (_no_change_to(c) and _kept_level(r)) or (_no_change_to(r) and _kept_level(c)):
        return True  # 'there will be no change to timetables' / 'timetables will stay the same'
    if (_not_yet(r) and _still_to_be(c)) or (_not_yet(c) and _still_to_be(r)):
        return True  # 'has not yet been worked out' / 'is still to be worked out'
    if (denied(c) and _as_much(c) and _lessened(r)) or (denied(r) and _as_much(r) and _lessened(c)):
        return True  # 'are not as accurate as the monitors' / 'were less accurate than the monitors'
    # 'will not start repaying until they earn £27,500' says when it starts, not that it does not
    return (denied(c) and _until(c)) or (denied(r) and _until(r))


_NEGATING_PREFIXES = ("un", "non", "in", "im", "ir", "il", "dis")


def _denial_in_modifier(said: Token, denial: Token) -> bool:
    """One verb, done on one side and denied on the other, where a modifier of what it is done to is, on the side that
    does it, the other's with a negating prefix ('gave inaccurate information' / 'failed to give accurate information'):
    the same fact."""

    def modifiers(verb: Token) -> list[Token]:  # of what it is done to, only
        done_to = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        return [t for o in done_to for t in o.subtree if t.pos_ in ("ADJ", "ADV") and t.dep_ in ("amod", "advmod")]

    def prefixed(a: Token, b: Token) -> bool:
        x, y = a.lower_, b.lower_
        return any(x.startswith(p) and len(x) > len(p) + 3 and x.removeprefix(p).lstrip("-") == y for p in _NEGATING_PREFIXES)

    if said.lemma_.lower() != denial.lemma_.lower():
        return False
    return any(prefixed(a, b) for a in modifiers(said) for b in modifiers(denial))


def _as_much(tok: Token) -> bool:
    """An adjective or adverb compared as equal ('as accurate as', 'as often'): denied, it is the lesser degree."""
    return tok.pos_ in ("ADJ", "ADV") and any(c.dep_ == "advmod" and c.lower_ == "as" for c in tok.children)


def _arguments(verb: Token) -> set[str]:
    """The content words that name what the verb is done to or where: its object's and its prepositions' nouns, and
    for a verb with no object its subject's ('pitch fees will not rise' / 'pitch fees will increase')."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")]
    heads += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    if not any(c.dep_ == "dobj" for c in verb.children):
        heads += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        # (a clause that describes a noun says it of that noun: 'injuries that are not thought to be serious' /
        # 'injuries believed to be serious'; and what it is thought to be: 'serious')
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            heads.append(verb.head)
        heads += [a for x in verb.children if x.dep_ == "xcomp" for a in x.children if a.dep_ in ("acomp", "attr")]
    # (a gerund by its form too, which the tagger may call a verb on one side and a noun on the other: 'Bathing')
    return {fold(t.lemma_) for t in heads if t.is_alpha and not t.is_stop} | {
        fold(t.lower_) for t in heads if t.is_alpha and not t.is_stop and t.lower_.endswith("ing")
    }


# verbs of so many senses that WordNet makes them near synonyms of almost any other ('take place' / 'be cancelled')
_LIGHT_VERBS = frozenset({"be", "have", "do", "get", "go", "make", "take", "give", "come", "put", "set", "hold", "keep", "let", "see"})


def _plainly_told(verb: Token, clause: bool = False, but_itself: bool = False) -> bool:
    """Nothing in the verb's sentence denies, bars or restricts anything ('not', 'no', 'barred from', 'only',
    'unless'): a plain affirmation, to set against a plain denial. `clause`: nothing in the verb's own clause, a verb
    joined to another by 'and' keeping its own ('should stop using them and may dispose of them'), unless the one it
    is joined to is denied ('should not throw them away or burn them'). `but_itself`: the verb may be a bar itself
    ('will ban gillnets'), where it is the deed compared; not where a verb of failing is set against a denial ('after
    failing an inspection' / 'did not pass it')."""
    words = _negators() | _governors()
    tokens = list(verb.sent)
    if clause:
        top = verb
        while top.dep_ not in ("ROOT", "conj") and top.head.i != top.i:
            top = top.head
        if top.dep_ == "conj" and (denied(top.head) or any(k.dep_ == "neg" for k in top.head.children)):
            return False
        joined = {t.i for c in top.children if c.dep_ == "conj" for t in c.subtree}
        tokens = [t for t in top.subtree if t.i not in joined and not (but_itself and t.i == verb.i)]
    return not any(t.lower_ in words or t.lemma_.lower() in words or t.dep_ == "neg" or _excepting(t) for t in tokens)


def _excepting(t: Token) -> bool:
    """A word that sets something apart ('only', 'unless', 'other than'); not 'other' naming more of a kind ('lent to
    other museums')."""
    if t.lower_ == "other":
        return t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "than"
    if t.lower_ == "outside" and t.i > 0 and t.doc[t.i - 1].lower_ == "from":
        return False  # 'batteries from outside the region': where they come from, no exception
    return t.lower_ in _EXCEPTIONS


def _object_phrase(verb: Token) -> frozenset[str]:
    """The content words of the verb's object and its prepositions' phrases ('batteries', 'from outside the region')."""
    parts = [o for o in verb.children if o.dep_ in ("dobj", "prep")]
    return frozenset(fold(t.lemma_) for o in parts for t in o.subtree if t.is_alpha and not t.is_stop)


def _same_object_said(r: Token, c: Token) -> bool:
    """The two verbs have an object of the same noun and the same words in their objects and phrases ('use the name on
    its products' / 'put the name on its products')."""
    nouns = {k.lemma_.lower() for k in r.children if k.dep_ == "dobj"} & {k.lemma_.lower() for k in c.children if k.dep_ == "dobj"}
    phrase = _object_phrase(r)
    return bool(nouns) and bool(phrase) and phrase == _object_phrase(c)


def _synonym_denied(r: Token, c: Token) -> bool:
    """Two verbs of one sense or a step apart in WordNet, one denied by its own 'not' and the other told plainly in a
    sentence that denies nothing, done to the same thing by the same doer: what one side says was done, the other says
    was not."""
    # (a light verb only with the same thing for its object: 'would not provide free transport' / 'would be given free
    # transport' hands the transport over; 'give approval' is no giving)
    handed = {k.lemma_.lower() for k in r.children if k.dep_ == "dobj" and k.pos_ == "NOUN"}
    handed &= {k.lemma_.lower() for k in c.children if k.dep_ == "dobj" and k.pos_ == "NOUN"}
    light = {r.lemma_.lower(), c.lemma_.lower()} & _LIGHT_VERBS and not (
        handed and len({r.lemma_.lower(), c.lemma_.lower()} & _LIGHT_VERBS) == 1
    )
    if r.pos_ != "VERB" or c.pos_ != "VERB" or light or denied(r) == denied(c):
        return False  # (and not 'has yet to be tested', denied without a 'not')
    no, yes = (r, c) if any(k.dep_ == "neg" for k in r.children) else (c, r)
    # (two bars compared as the deeds themselves: 'Bathing is not prohibited' / 'Bathing has been banned')
    bars = all(t.lemma_.lower() in _governors() for t in (r, c))
    told = _plainly_told(yes, clause=True, but_itself=bars)
    if not any(k.dep_ == "neg" for k in no.children) or not told or any(_excepting(k) for k in no.sent):
        return False
    # (or by the verb without its particle where both ask the same deed of the same doer: 'have not been asked to
    # investigate' / 'have been called in to investigate')
    deed = {k.lemma_.lower() for k in r.children if k.dep_ == "xcomp"} & {k.lemma_.lower() for k in c.children if k.dep_ == "xcomp"}
    # (or two steps apart where both take the very same object, said in the same words: 'would not take in batteries
    # from outside the region' / 'will also accept batteries from outside the region')
    phrase = _object_phrase(r)
    same_object = len(phrase) >= 2 and phrase == _object_phrase(c)
    near = paraphrase(verb_lemma(r), verb_lemma(c), steps=2 if same_object else 1)
    if not (near or (deed and paraphrase(r.lemma_, c.lemma_, steps=1))):
        return False
    if {r.lemma_.lower(), c.lemma_.lower()} & set(lexicon()["level_predicates"]):
        return False  # 'will be frozen' / 'will not change': kept level is no change (WordNet's 'freeze' is a change to ice)
    if not _arguments(r) & _arguments(c) or _other_subjects(r, c) or _other_objects(r, c):
        return False
    return not (_if_unless(r, c) or _for_a_time(r, c) or _still_to_come(r, c) or _last_since(r, c) or _a_limit(r) or _a_limit(c))


def _deed_noun_denied(no: Token, yes: Token) -> bool:
    """`no` is a verb of bringing a measure in (lexicon `introducing_predicates`), denied by its own 'not', whose object
    is a noun of `yes`'s deed, said of what `yes` is done to ('would not introduce a ban on gillnets' / 'will ban
    gillnets'), and `yes` is told plainly in its clause: what one side says will be done, the other says will not."""
    if no.pos_ != "VERB" or yes.pos_ != "VERB" or not any(k.dep_ == "neg" for k in no.children) or denied(yes):
        return False
    if verb_lemma(no) not in lexicon()["introducing_predicates"]:
        return False  # (a verb that brings the measure in: not 'has not lifted its ban on dogs' / 'still bans dogs')
    deed = yes.lemma_.lower()
    nouns = [k for k in no.children if k.dep_ == "dobj" and k.pos_ == "NOUN"]
    nouns = [k for k in nouns if deed in (noun_verbs(k.lemma_.lower()) or (k.lemma_.lower(),))]
    if len(nouns) != 1 or not _plainly_told(yes, clause=True, but_itself=True):
        return False
    of = {fold(o.lemma_) for p in nouns[0].children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"}
    done_to = {fold(k.lemma_) for k in yes.children if k.dep_ in ("dobj", "nsubjpass")}
    return bool(of & done_to) and not _other_subjects(no, yes)


_ANYONE = frozenset({"one", "person", "people", "anyone", "anybody", "nobody", "noone", "no-one", "none", "someone"})


def _counted_subject(verb: Token) -> str | None:
    """The noun of a verb's subject that counts those it is said of ('no one', 'nobody', 'none', 'one person', 'two
    people', 'no pupils'), 'one' for a word of anyone; None for another subject."""
    for s in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        counted = any(g.dep_ == "nummod" or (g.dep_ == "det" and g.lower_ == "no") for g in s.children)
        if counted or s.lower_ in ("none", "nobody", "noone", "no-one"):
            return "one" if s.lemma_.lower() in _ANYONE else s.lemma_.lower()
    return None


def _counted_alike(r: Token, c: Token) -> bool:
    """Both verbs said of a count of the same ones, or of anyone on one side ('No one was injured' / 'One person was
    hurt'; not 'No pupils' / 'Two teachers'), with no word of degree on either ('seriously injured' / 'slightly hurt')."""
    a, b = _counted_subject(r), _counted_subject(c)
    if a is None or b is None or (a != b and "one" not in (a, b)):
        return False  # ('no one' covers passengers: 'No one was injured' / 'One passenger was hurt')
    return not any(k.dep_ == "advmod" for v in (r, c) for k in v.children)


def _one_outcome(a: Token, b: Token) -> bool:
    """Two single-word verbs of one class of lexicon `event_alternatives` ('injure' / 'hurt', 'resign' / 'quit') that WordNet
    also makes synonyms, neither the other's converse nor its opposite."""
    x, y = a.lemma_.lower(), b.lemma_.lower()
    if x == y or converse(x, y) or opposite(x, y) or not synonym(x, y):
        return False  # (a class may hold the two sides of one transfer: 'lend' / 'borrow'; WordNet must join them too)
    return one_outcome_class(x, y)


def _flips(ref: SpacySpan, cand: SpacySpan) -> Iterator[tuple[Token, Token, str]]:
    """(reference word, candidate word, how) where the candidate sentence says the opposite."""
    ref_lemmas = {_key(t) for t in ref if t.is_alpha}
    cand_lemmas = {_key(t) for t in cand if t.is_alpha}
    ref_words, cand_words = _words(ref), _words(cand)
    # verbs first: 'no data had been lost' is a denied loss, reported once at the verb
    for c in sorted(cand_words, key=lambda t: t.pos_ != "VERB"):
        lemma = c.lemma_.lower()
        same = [r for r in ref_words if _key(r) == _key(c)]  # 'the fall' is no match for 'had fallen'
        # the same verb done to another named thing ('bought a stake in a solar developer' / 'bought Norland's stake in
        # Tarrow Lines', where the reference sold that one): no match; the verb is compared with the others
        apart = c.pos_ == "VERB" and bool(same) and all(_named_apart(r, c) for r in same)
        # the same verb said of other things, with nothing around it in common ('had passed an inspection ... did not
        # know why it had failed' / 'had failed an inspection'): no match either; an opposite must be done to its object
        uses = [r for r in ref if r.is_alpha and _key(r) == _key(c)]
        elsewhere = not apart and c.pos_ == "VERB" and bool(uses) and bool(_objects(c))
        # (each an active verb with a subject of its own and no object: 'why it had failed'; not 'had had to be cancelled')
        elsewhere = elsewhere and all(
            not (neighbours(r) & neighbours(c)) - {fold(c.lemma_)} and not _objects(r) and any(k.dep_ == "nsubj" for k in r.children)
            for r in uses
        )
        if apart or elsewhere:
            same = []
        if not same and c.pos_ == "VERB" and _key(c) not in ref_lemmas:
            # the same deed in another word of its class ('No one was injured' / 'One person was hurt'; lexicon
            # `event_alternatives`, whose classes hold words of one outcome), where the reference has no other use of it
            same = [r for r in ref_words if r.pos_ == "VERB" and _key(r) not in cand_lemmas and _one_outcome(r, c)]
        r = _matched(c, same, [t for t in cand_words if _key(t) == _key(c)])
        if r is not None:
            if _one_chosen_over_other(r, c):
                yield r, c, "set aside"  # 'retire the jets rather than refit them' / 'refit the jets rather than retire them'
                continue
            # a noun or adjective only where 'no' is said of it: otherwise its verb's negation is the verb's to report
            direct = c.pos_ == "VERB" or _said_no(r) != _said_no(c) or _not_on(r) != _not_on(c) or _copular(r, c)
            # a noun that only names the kind of another ('cash' in 'a free cash machine') is not what 'no' or
            # 'without' is said of: its head is
            # (unless the noun it names the kind of is not said on the other side, where the kind stands for the whole:
            # 'without a Sunday bus service' / 'will keep their Sunday bus')
            whole = _kind_for_whole(r, c) or _kind_for_whole(c, r)
            direct = direct and (c.pos_ == "VERB" or "compound" not in (r.dep_, c.dep_) or whole)
            # an adjective's 'no' is said of its noun: 'no new plots' is no denial of 'new burials'
            other_noun = _key(r.head) != _key(c.head) and not synonym(r.head.lemma_, c.head.lemma_)
            direct = direct and not (r.dep_ == c.dep_ == "amod" and other_noun)
            # a thing ruled out on one side and said to go ahead on the other: told by what it is of ('a rise in council
            # tax' under 'ruled out' / 'would go ahead'), not by the verbs around it
            ruled_out = c.pos_ == "NOUN" and any(t.dep_ == "dobj" and _privative(t.head, t) for t in (r, c))
            near = neighbours(r) & neighbours(c) or (ruled_out and _prep_objects(r) & _prep_objects(c))
            # (a count of those it was done to, none on one side: 'No one was injured' / 'One person was hurt')
            counted = c.pos_ == "VERB" and _counted_alike(r, c)
            near = near or (counted and (_none_doing(r) is None) != (_none_doing(c) is None))
            # a thing had on one side and 'without' it on the other ('the clinic kept its electricity' / 'the clinic was
            # left without electricity'): said of the same subject
            absent = c.pos_ == "NOUN" and _said_no(r) != _said_no(c) and not any(denied(_governor(t)) for t in (r, c))
            # (the other side has it: the object of a verb of having, not 'free of charge' against 'without charge')
            had = r if _said_no(c) else c
            absent = absent and had.dep_ == "dobj" and had.head.lemma_.lower() in ("have", "keep", "retain", "maintain")
            absent = absent and bool(_participant_words(_governor(r)) & _participant_words(_governor(c)))
            near = near or absent
            # ('was left without electricity': 'without' says it, whatever light verb carries it)
            without = absent and any(t.dep_ == "pobj" and t.head.lower_ == "without" for t in (r, c))
            same_slot = near and not _other_objects(r, c) and not _last_since(r, c) and not _if_unless(r, c)
            same_slot = same_slot and not any(_which_ones(t) for t in (r, c) if denied(t))
            same_slot = same_slot and not _for_a_time(r, c) and not _still_to_come(r, c)
            limit = _a_limit(r) or _a_limit(c)
            if c.pos_ == "VERB" and denied(r) and denied(c) and not_required(r) != not_required(c) and same_slot:
                yield r, c, "negated"  # 'must not bring' / 'do not have to bring': forbidden against left open
                continue
            if denied(r) != denied(c) and _denial_said_otherwise(r, c, ref, cand):
                continue
            if lemma != "be" and direct and denied(r) != denied(c) and same_slot and not _said_by_opposites(r, c) and not limit:
                if not _other_subjects(r, c) and not _said_of_others_passive(r, c):
                    # under two unrelated verbs ('waive market fees' / 'pay no market fees') the noun's 'no' on one side
                    # alone may be said by the other verb: a note
                    yield r, c, "loosely negated" if _other_predicates(r, c) and not without else "negated"
            continue
        if not same and c.pos_ == "VERB" and _key(c) not in ref_lemmas:
            # 'no longer plays in public' / 'still performs in public': the same deed in other words, stopped on one side
            # and going on on the other
            # (said of the same thing: the same words around it, or the same object in the same words, 'can continue to use
            # the name on its products' / 'can no longer put the name on its products')
            went_on = [r for r in ref_words if r.pos_ == "VERB" and _still_against_stopped(r, c) and paraphrase(r.lemma_, c.lemma_)]
            went_on += [r for r in ref_words if r.pos_ == "VERB" and _kept_against_stopped(r, c)]
            went_on = [r for r in went_on if (neighbours(r) & neighbours(c) or _same_object_said(r, c)) and not _other_subjects(r, c)]
            if went_on:
                yield went_on[0], c, "negated"
                continue
            # 'would challenge it in court' / 'would not contest it in court': the same deed in a near synonym, done
            # to the same thing, denied on one side only
            turned = [r for r in ref_words if _synonym_denied(r, c) and _key(r) not in cand_lemmas]
            if len(turned) == 1 and not _denial_said_otherwise(turned[0], c, ref, cand):
                yield turned[0], c, "negated"
                continue
            # 'would not introduce a ban on gillnets' / 'will ban gillnets': the deed by its noun under a denied verb
            nominal = [r for r in ref_words if _deed_noun_denied(r, c) or _deed_noun_denied(c, r)]
            if len(nominal) == 1:
                yield nominal[0], c, "negated"
                continue
        if (same or _key(c) in ref_lemmas) and not (apart or elsewhere):
            continue
        if sum(t.lemma_.lower() == lemma for t in ref) > sum(t.lemma_.lower() == lemma and t.i != c.i for t in cand) and not (
            apart or elsewhere
        ):
            continue  # the word is there as another part of speech, and nothing else here says it: 'reached the finish' / 'finished'
        for r in ref_words:
            if elsewhere and not _objects(r) & _objects(c):
                continue
            if apart and (r.pos_ != "VERB" or not _object_names(c) & {t.lower_ for t in r.subtree if t.pos_ == "PROPN"}):
                continue  # (a verb found apart opposes only one said of what it is done to)
            # not a word a hyphened 'half' or 'part' qualifies: 'half-finished blades' / 'unfinished blades' is no
            # opposite ('well-known' / 'unknown' is)
            prefixed = _un(r, c) and not any(_partly(t) for t in (r, c))
            if _key(r) in cand_lemmas or ((r.pos_ == "VERB") != (c.pos_ == "VERB") and not prefixed and not _state_against_adjective(r, c)):
                continue
            if r.lower_ in _negators() or c.lower_ in _negators():
                continue  # 'never' / 'ever' is a negation, counted as one
            if (_counterpart(c, ref, cand, rival=r) and not apart) or _counterpart(r, cand, ref, but=c) or _slot_filled(c, ref, r):
                continue  # 'close ... and reopen' / 'shut ... and open again': each word has its own match
            ways = {direction(r, transitive=True), direction(c, transitive=True)} if c.pos_ == "VERB" else {None}
            moved = ways == {"up", "down"} and not _other_objects(r, c)  # 'lowered the age' / 'extended the vote': two acts
            # (not a particle that makes a verb of an outcome: 'turned down objections' rejects them, lowers nothing)
            moved = moved and not any(_outcome_phrase(t) for t in (r, c))
            # (nor two things that move: 'reduce the speed limit' / 'warning signs will go up')
            moved = moved and not _other_movers(r, c)
            if not (_opposite(r, c) or moved or prefixed or _stances(r, c)) or denied(r) != denied(c):
                continue  # 'did not approve' / 'rejected' say the same
            if not _opposite(r, c) and _stances(r, c) and any(t.i != c.i and _stances(t, c) and denied(t) == denied(r) for t in cand):
                continue  # 'voted against the plan' / 'backed the officers' advice, rejecting the plan': both sides taken
            if _lessened(r) != _lessened(c) and _compared_with(r) == _compared_with(c):
                continue  # 'cheaper than X' / 'less expensive than X': the opposite's lesser degree is the word's greater
            if _sides_turned(r, c):
                continue  # 'A was faster than B' / 'B was slower than A': one comparison seen from its other side
            if _lasting(r) or _lasting(c):
                continue  # 'were given by his daughter' / 'will take three years to catalogue'
            # (a change done to a thing against the thing changing itself is no converse: 'the operator reduced the fare'
            # / 'the fare went up', the same fare moved each way)
            ergative = moved and _movers(r) & _movers(c) and not (_movers(r) & subject_words(r) and _movers(c) & subject_words(c))
            if neighbours(r) & neighbours(c) and not (c.pos_ == "VERB" and (_converse(r, c) or _passive_converse(r, c)) and not ergative):
                if _other_subjects(r, c) and not ergative:
                    continue  # 'Veldt has bought Morrow' / 'Morrow sells jackets': said of another doer
                if c.pos_ == "VERB" and _other_objects(r, c) and not _object_words(r) & _object_words(c):
                    continue  # 'upheld the refusal' / 'rejected the appeal': done to another thing, the same ruling
                yield r, c, "opposite"
                break
    yield from _denied_by_noun(ref, cand)
    yield from _how_often_turned(ref, cand)
    yield from _had_or_there(ref, cand)
    yield from _ended_against_going_on(ref, cand)
    yield from _forbidden_or_allowed(ref, cand)
    yield from _degree_turned(ref, cand)
    yield from _excepted_or_included(ref, cand)


@lru_cache(maxsize=1)
def _outcome_phrases() -> frozenset[str]:
    """The phrasal verbs of lexicon `event_alternatives` ('turn down', 'call off', 'step down')."""
    return frozenset(v for classes in lexicon()["event_alternatives"].values() for verbs in classes for v in verbs if " " in v)


def _outcome_phrase(verb: Token) -> bool:
    """The verb with its particle names an outcome of a kind of event ('turned down the plan', 'stood down')."""
    return verb.pos_ == "VERB" and bool(set(phrasal_forms(verb)) & _outcome_phrases())


def _matched(c: Token, same: list[Token], twins: list[Token]) -> Token | None:
    """The reference word that is the candidate word's counterpart among the reference sentence's words of its lemma
    (`same`), where the candidate sentence has that lemma once or more (`twins`): the only one on each side, or where a
    side has it more than once ('has asked its members ..., and the ministry has been asked for aid'), the one said of
    the most words around it, that no other word of the lemma matches as well."""
    if len(same) == 1 and len(twins) == 1:
        return same[0]
    if not same:
        return None

    def best(word: Token, options: list[Token]) -> Token | None:
        # its own participants first (two verbs joined under one 'said' share the words around them)
        scores = sorted(
            (((len(_own_participants(word) & _own_participants(o)), len(neighbours(word) & neighbours(o))), o.i) for o in options),
            reverse=True,
        )
        if scores[0][0][0] == 0 or (len(scores) > 1 and scores[1][0] == scores[0][0]):
            return None  # (a participant in common, not only words around: 'foods they had eaten at school' is no 'would not eat at home')
        return next(o for o in options if o.i == scores[0][1])

    r = best(c, same)
    back = best(r, twins) if r is not None else None
    if back is None or back.i != c.i:
        return None
    # the reference says it both ways ('said he would ... but did not say whether'): the candidate's one use may render
    # either, whatever the parse gives each
    if any(o.i != r.i and denied(o) == denied(c) for o in same):
        return None
    return r


def _own_participants(verb: Token) -> set[str]:
    """The content words of the verb's own participants: its subject (or the one it shares with the verb it is joined
    to), objects, their prepositions' nouns and what it says or asks, with their phrases ('any of the 12 surgeons', 'the
    ministry for emergency funding', 'did not say whether his party would back it')."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "attr", "dative", "ccomp", "xcomp")] + _subject_tokens(verb)
    heads += [o for p in verb.children if p.dep_ in ("prep", "agent") for o in p.children if o.dep_ == "pobj"]
    # (not a second use of the verb the parse hangs below it, with its own: 'said he would ... but did not say whether')
    twins = {t.i for w in verb.subtree if w.i != verb.i and w.lemma_ == verb.lemma_ for t in w.subtree}
    return {
        fold(t.lemma_)
        for h in heads
        for t in h.subtree
        if t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "PROPN", "ADJ") and t.i not in twins
    }


def _how_often_turned(ref: SpacySpan, cand: SpacySpan) -> Iterator[tuple[Token, Token, str]]:
    """An adverb of how often on the same verb that WordNet makes the opposite of the other's, where one of them is a
    common word the content words leave out ('has rarely exceeded 35 percent' / 'has often exceeded 35%'; lexicon
    `frequency_adverbs`)."""
    for c in cand:
        if c.pos_ != "ADV" or c.dep_ != "advmod" or c.head.pos_ != "VERB":
            continue
        for r in ref:
            if r.pos_ != "ADV" or r.dep_ != "advmod" or _key(r.head) != _key(c.head) or not (r.is_stop or c.is_stop):
                continue
            often = lexicon()["frequency_adverbs"]
            if r.lower_ in often and c.lower_ in often and opposite(r.lower_, c.lower_) and denied(r.head) == denied(c.head):
                yield r, c, "opposite"
                break


def _degree(tok: Token) -> str | None:
    """'less' for a quality under 'less' or 'least', 'more' for its comparative or superlative ('quieter', 'most
    expensive'), None for the plain word."""
    if tok.pos_ not in ("ADJ", "ADV"):
        return None
    if _lessened(tok):
        return "less"
    more = any(c.dep_ == "advmod" and c.lower_ in ("more", "most") for c in tok.children)
    return "more" if more or tok.tag_ in ("JJR", "JJS", "RBR", "RBS") else None


def _with_degree(tok: Token) -> str:
    """The word with the adverb of degree before it ('most expensive')."""
    return " ".join(t.text for t in sorted([tok, *(k for k in tok.children if k.dep_ == "advmod")], key=lambda t: t.i))


def _degree_turned(ref: SpacySpan, cand: SpacySpan) -> Iterator[tuple[Token, Token, str]]:
    """One quality in the opposite degree, said of the same thing ('the least expensive phone' / 'the most expensive
    phone', 'the least quiet' / 'the quietest'): the other end of the scale."""
    for c in cand:
        for r in ref:
            if r.lemma_.lower() != c.lemma_.lower() or {_degree(r), _degree(c)} != {"less", "more"}:
                continue
            if _compared_with(r) == _compared_with(c) and (neighbours(r) & neighbours(c) or r.head.lemma_ == c.head.lemma_):
                yield r, c, "degree"
                break


_EXCEPTIONS = frozenset({"only", "outside", "except", "excluding", "unless", "until", "till", "apart", "other", "besides", "beyond"})


_EXCEPTING_WORDS = frozenset({"except", "excluding", "excepting"})
_INCLUDING_WORDS = frozenset({"including", "includes", "included"})


def _excepted_or_included(ref: SpacySpan, cand: SpacySpan) -> Iterator[tuple[Token, Token, str]]:
    """One thing set apart on one side and counted in on the other ('in all parts of the yew except the flesh of its
    berries' / 'in every part of the yew, including the flesh of its berries'): the opposite of what is said of it."""

    def objects(t: Token) -> list[str]:
        return [o.lemma_.lower() for o in t.children if o.dep_ in ("pobj", "dobj") and o.pos_ in ("NOUN", "PROPN")]

    def excepted(sent: SpacySpan) -> list[tuple[Token, str]]:
        out = []
        for t in sent:
            before = t.doc[t.i - 1].lower_ if t.i > 0 else ""
            # 'except the roots', 'apart from the museum', 'except for', 'other than', 'with the exception of'
            phrase = (t.lower_, before) in (("from", "apart"), ("for", "except"), ("than", "other"))
            exception = t.lower_ == "of" and t.head.lemma_.lower() == "exception"
            if t.lower_ in _EXCEPTING_WORDS or phrase or exception:
                out += [(t, o) for o in objects(t)]
        return out

    def included(sent: SpacySpan) -> list[tuple[Token, str]]:
        out = [(t, o) for t in sent if t.lower_ in _INCLUDING_WORDS for o in objects(t)]
        # 'agriculture included': the participle after its noun
        after = [t for t in sent if t.lower_ == "included" and t.i > 0 and t.doc[t.i - 1].pos_ == "NOUN"]
        return out + [(t, t.doc[t.i - 1].lemma_.lower()) for t in after if t.i + 1 >= len(t.doc) or t.doc[t.i + 1].is_punct]

    for a, b in ((ref, cand), (cand, ref)):
        for x, thing in excepted(a):
            for y, other in included(b):
                if thing == other and not excepted(b):
                    yield (x, y, "opposite") if a is ref else (y, x, "opposite")
                    return


def _forbidden_or_allowed(ref: SpacySpan, cand: SpacySpan) -> Iterator[tuple[Token, Token, str]]:
    """The same thing forbidden on one side and allowed on the other, neither denied ('felling is forbidden in
    spring' / 'cutting is allowed in spring'): lexicon `forbidding_predicates` against `permission_predicates`, the
    thing by its word or its verb's paraphrase. (Verbs that deny are kept out of the word comparison above.)"""
    lex = lexicon()
    forbid, allow = set(lex["forbidding_predicates"]), set(lex["permission_predicates"])

    def things(v: Token) -> list[Token]:
        return [c for c in v.children if c.dep_ in ("nsubjpass", "dobj") and c.pos_ in ("NOUN", "PROPN")]

    def same(a: Token, b: Token) -> bool:
        x, y = a.lemma_.lower(), b.lemma_.lower()
        verbs_x, verbs_y = noun_verbs(x) or (x,), noun_verbs(y) or (y,)
        return x == y or any(paraphrase(v, w) for v in verbs_x for w in verbs_y)

    words = forbid | allow
    for r in (t for t in ref if t.pos_ == "VERB" and t.lemma_.lower() in words):
        for c in (t for t in cand if t.pos_ == "VERB" and t.lemma_.lower() in words):
            kinds = {r.lemma_.lower() in forbid, c.lemma_.lower() in forbid}
            if not ({r.lemma_.lower(), c.lemma_.lower()} <= forbid | allow and kinds == {True, False}) or denied(r) != denied(c):
                continue
            if not (any(same(a, b) for a in things(r) for b in things(c)) and neighbours(r) & neighbours(c)):
                continue
            if any(t.lower_ in _EXCEPTIONS for t in (*ref, *cand)):
                continue  # 'banned between May and September' / 'allowed only outside those months': the same rule turned
            kind = forbid if r.lemma_.lower() in forbid else allow
            if any(t.lemma_.lower() in kind for t in cand) or any(t.lemma_.lower() in (forbid | allow) - kind for t in ref):
                continue  # 'banned parking in the street but allowed it in the square': each word has its own match
            yield r, c, "opposite"
            return


def _ended_against_going_on(ref: SpacySpan, cand: SpacySpan) -> Iterator[tuple[Token, Token, str]]:
    """One side has a thing go on ('the practice would continue to see private patients'), the other has that same
    thing close ('the practice would close'): the verb of ending says it stops, with nothing of its own done to
    (lexicon `continuation_predicates`, `closing_predicates`), where neither sentence says the other."""
    closing, going_on = set(lexicon()["closing_predicates"]), set(lexicon()["continuation_predicates"])

    def ends(t: Token) -> bool:
        objects = any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in t.children)
        return t.pos_ == "VERB" and verb_lemma(t) in closing and not objects and not denied(t)

    def goes_on(t: Token) -> bool:
        # (a deed kept up, 'continue to see patients', 'keep trading', or the thing itself, 'will continue'; not 'keeps
        # 1,100 animals', a having)
        deed = any(c.dep_ == "xcomp" for c in t.children) or not any(c.dep_ == "dobj" for c in t.children)
        return t.pos_ == "VERB" and t.lemma_.lower() in going_on and deed and not denied(t)

    for c in (t for t in cand if ends(t)):
        said = [r for r in ref if goes_on(r) and subject_words(r) & subject_words(c)]
        if len(said) != 1:
            continue
        if any(ends(t) and subject_words(t) & subject_words(c) for t in ref.doc):
            continue  # the reference has it end too, anywhere ('will close at 5pm but continue to trade online')
        if any(goes_on(t) and subject_words(t) & subject_words(c) for t in cand):
            continue
        yield said[0], c, "opposite"


def _had_or_there(ref: SpacySpan, cand: SpacySpan) -> Iterator[tuple[Token, Token, str]]:
    """A thing had on one side and said to be there on the other, denied on one only: 'the house would not have
    electricity' / 'there would be electricity in the house' ('have no X' / 'there is X', 'has X' / 'there is no X').
    Two sayings of one statement the verb comparison cannot pair ('have' / 'be')."""

    def things(sent: SpacySpan) -> dict[str, list[tuple[Token, str]]]:
        out: dict[str, list[tuple[Token, str]]] = {}
        for t in sent:
            head = t.head
            if t.pos_ != "NOUN":
                continue
            if t.dep_ == "dobj" and head.lemma_.lower() == "have" and head.pos_ in ("VERB", "AUX"):
                how = "have"
            elif t.dep_ in ("attr", "nsubj") and head.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in head.children):
                how = "there"
            else:
                continue
            for noun in (t, *t.conjuncts):
                out.setdefault(noun.lemma_.lower(), []).append((noun, how))
        return out

    theirs, ours = things(ref), things(cand)
    for lemma in theirs.keys() & ours.keys():
        r_all, c_all = theirs[lemma], ours[lemma]
        if {h for _, h in r_all} & {h for _, h in c_all}:
            continue  # the same saying on both sides: the verbs' own comparison
        r_denied, c_denied = {denied(t) for t, _ in r_all}, {denied(t) for t, _ in c_all}
        if len(r_denied) == 1 and len(c_denied) == 1 and r_denied != c_denied:
            yield r_all[0][0], c_all[0][0], "negated"


def _denied_by_noun(ref: SpacySpan, cand: SpacySpan) -> Iterator[tuple[Token, Token, str]]:
    """A verb's event denied as a noun on one side and affirmed as the verb on the other, over the same clause: 'had
    no plans to expand' / 'planned to expand', 'made no attempt to leave' / 'attempted to leave'."""

    def complements(t: Token) -> set[str]:
        return {c.lemma_.lower() for c in t.children if c.dep_ in ("xcomp", "acl", "ccomp") and c.pos_ == "VERB"}

    def event_of(noun: Token, verb: Token) -> bool:
        return noun.lemma_.lower() == verb.lemma_.lower() or verb.lemma_.lower() in noun_verbs(noun.lemma_.lower())

    seen: set[int] = set()
    for a, b in ((ref, cand), (cand, ref)):
        for noun in (t for t in a if t.pos_ == "NOUN" and complements(t)):
            if any(t.lemma_.lower() == noun.lemma_.lower() and t.pos_ == "NOUN" and denied(t) == denied(noun) for t in b):
                continue  # the other text says it with the noun too ('made no attempt' in both)
            for verb in (t for t in b if t.pos_ == "VERB" and event_of(noun, t) and denied(t) != denied(noun)):
                if not complements(noun) & complements(verb) or _other_subjects(noun.head, verb) or verb.i in seen:
                    continue  # another doer's plan ('Acme planned to ..., Borwick had no plans to ...')
                seen.add(verb.i)
                yield (noun, verb, "negated") if a is ref else (verb, noun, "negated")
        # the event's noun as what a verb does ('raised objections to the plan' / 'have not objected to the plan'): about
        # the same thing, by the same doer
        for noun in (t for t in a if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.pos_ == "VERB"):
            about = _prep_objects(noun)
            for verb in (t for t in b if t.pos_ == "VERB" and event_of(noun, t) and _held(t) != _held(noun) and t.i not in seen):
                if not about & _prep_objects(verb) or _other_subjects(noun.head, verb):
                    continue
                seen.add(verb.i)
                yield (noun, verb, "negated") if a is ref else (verb, noun, "negated")


def _held(tok: Token) -> bool:
    """Denied in its clause or by the clause it completes ('did not expect a return' / 'does not expect production to
    return'), or the object of a verb that keeps it from happening ('avoid a clash' / 'avoid clashing')."""
    if tok.pos_ == "NOUN" and tok.head.lemma_.lower() in _governors():
        return not denied(tok.head)
    if tok.dep_ in ("xcomp", "ccomp") and tok.i > tok.head.i and denied(tok.head):
        return True  # (not a clause before its head, which the parse may have hung there: 'X were treated, none of whom ...')
    return denied(tok)


def _prep_objects(tok: Token) -> set[str]:
    """What the word's prepositions name ('objections to the plan': 'plan')."""
    return {o.lemma_.lower() for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj" and not o.is_stop}


LEXICAL_ONLY = 4  # content words of a reference sentence short enough to be paired by its words alone


def one_verb_pairs(ctx: Context) -> list[tuple[SpacySpan, SpacySpan, str]]:
    """(reference sentence, candidate sentence, verb) for a verb (not a light one) each text uses once, in sentences the
    alignment did not link."""
    light = {"be", "have", "do", "say", "make", "take", "get", "go", "give"}

    def once(doc: Document) -> dict[str, Token]:
        verbs: dict[str, list[Token]] = {}
        for t in doc.doc:
            if t.pos_ == "VERB" and t.is_alpha and t.lemma_.lower() not in light:
                verbs.setdefault(t.lemma_.lower(), []).append(t)
        return {lemma: ts[0] for lemma, ts in verbs.items() if len(ts) == 1}

    ref, cand = once(ctx.reference), once(ctx.candidate)
    linked = set(ctx.alignment.links)
    return [
        (ref[v].sent, cand[v].sent, v)
        for v in sorted(ref.keys() & cand.keys())
        if (ctx.reference.sentence_at(ref[v].idx), ctx.candidate.sentence_at(cand[v].idx)) not in linked
    ]


def sentence_pairs(ctx: Context, near: int = 0) -> Iterator[tuple[SpacySpan, SpacySpan]]:
    """The spaCy sentences of each aligned (reference, candidate) pair, in order; with `near`, also each candidate
    sentence with that many of its most similar reference sentences, at least NEAR_FLOOR alike (a summary sentence
    draws on several, and the link goes to one: 'X's shares rose' links to the sentence that names X, not to 'Its
    shares fell')."""
    ref_sents = list(ctx.reference.doc.sents)
    cand_sents = list(ctx.candidate.doc.sents)
    links = set(ctx.alignment.links)
    if near and len(ref_sents):
        sim = ctx.alignment.similarity
        for c in range(sim.shape[1]):
            links |= {(int(r), c) for r in np.argsort(-sim[:, c])[:near] if sim[r, c] >= NEAR_FLOOR}
        # a short reference sentence no candidate sentence renders ('No jobs will be lost.'), with the candidate
        # sentence that has all its content words (two at least): a summary folds it into a longer sentence
        for r, sent in enumerate(ctx.reference.sentences):
            if ctx.alignment.cands_for(r) or len(sent.lemmas) > LEXICAL_ONLY:
                continue
            shared = [(len(sent.lemmas & c.lemmas), c.index) for c in ctx.candidate.sentences]
            best = max(shared, default=(0, -1))
            if best[0] >= 2 and best[0] == len(sent.lemmas):
                links.add((r, best[1]))
    for link_ref, link_cand in sorted(links):
        ref_sent = spacy_sentence(ctx.reference, ref_sents, link_ref)
        cand_sent = spacy_sentence(ctx.candidate, cand_sents, link_cand)
        if ref_sent is not None and cand_sent is not None:
            yield ref_sent, cand_sent


def _agreed_in_aligned(ctx: Context, r: Token, c: Token, how: str) -> bool:
    """A flip found in a reference sentence only near the candidate's, where the aligned one says the same: for an
    opposite ('The cold snap brought lows of minus 9' ... 'Temperatures are set to rise' / '... temperatures should
    climb'), the same word or a change the same way said of the same thing; for a denial ('officials ordered a
    recount' ... 'it was not a response to any complaint' / 'it had not been ordered in response to any complaint'), a
    word denied alike around the same things."""
    linked = ctx.alignment.refs_for(ctx.candidate.sentence_at(c.idx))
    if ctx.reference.sentence_at(r.idx) in linked:
        return False
    way = direction(c) if c.pos_ == "VERB" else None
    near = neighbours(c)
    for index in linked:
        sentence = ctx.reference.sentences[index]
        for t in ctx.reference.doc[sentence.token_start : sentence.token_end]:
            same = t.lemma_.lower() == c.lemma_.lower() or (way is not None and t.pos_ == "VERB" and direction(t) == way)
            agrees = same and denied(t) == denied(c) if how == "opposite" else denied(c) and denied(t)
            if agrees and neighbours(t) & near:
                return True
    return False


def _either_way_in_sentence(ctx: Context, r: Token, c: Token) -> bool:
    """The reference has the candidate's word twice, once as the candidate says it, in the sentence found against it or
    in the one aligned with the candidate's: the word found against it is the other ('said it was too early to say' /
    'cannot yet be said, according to the agency'), and which one the candidate's is, the words alone cannot tell."""
    lemma = c.lemma_.lower()
    if r.lemma_.lower() != lemma:
        return False
    # (the candidate says the word once: where it says it twice, the other use answers the reference's other one)
    if sum(t.lemma_.lower() == lemma and t.pos_ == c.pos_ and t.dep_ not in ("aux", "auxpass") for t in c.sent) > 1:
        return False
    aligned = [ctx.reference.sentences[i] for i in ctx.alignment.refs_for(ctx.candidate.sentence_at(c.idx))]
    words = [*r.sent, *(t for s in aligned for t in ctx.reference.doc[s.token_start : s.token_end])]

    def kind(t: Token) -> set[str]:  # the words that say which one a noun is ('a branch surgery', not 'the GP surgery')
        return {k.lemma_.lower() for k in t.children if k.dep_ in ("compound", "amod")} if t.pos_ == "NOUN" else set()

    # (the kind weighs only where the reference names one of that kind: 'its Ely branch' against 'its branch in Ely')
    by_kind = bool(kind(c)) and any(kind(c) & kind(t) for t in words if t.lemma_.lower() == lemma)
    return any(
        t.i != r.i
        and t.lemma_.lower() == lemma
        and t.pos_ == r.pos_
        and t.dep_ not in ("aux", "auxpass")
        and denied(t) == denied(c)
        and (not by_kind or bool(kind(c) & kind(t)))
        for t in words
    )


def _governor(tok: Token) -> Token:
    """The verb above a word (itself if none)."""
    return next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), tok)


def _participant_words(verb: Token) -> set[str]:
    """The content words of a verb's subject and object ('supplies to households will not be cut': supply, household)."""
    parts = [c for c in verb.children if c.dep_ in (*SUBJECTS, "dobj")]
    return {fold(t.lemma_) for p in parts for t in p.subtree if t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "PROPN", "ADJ")}


def _kept_elsewhere(ctx: Context, r: Token, c: Token, how: str) -> bool:
    """The candidate says the reference's denied or affirmed verb alike in another clause, about more of the same things
    ('household supplies will not be reduced' for 'supplies to households will not be cut'): the word found against it
    ('supplies to farmers to be cut') is said of something else."""
    if how not in ("negated", "loosely negated") or r.pos_ != "VERB":
        return False
    theirs = _participant_words(r)
    mine = len(theirs & _participant_words(c))
    return any(
        t.i != c.i
        and t.pos_ == "VERB"
        and denied(t) == denied(r)
        and (t.lemma_.lower() == r.lemma_.lower() or paraphrase(t.lemma_, r.lemma_))
        and len(theirs & _participant_words(t)) > max(mine, 1)
        for t in ctx.candidate.doc
    )


def _answered_in_reference(ctx: Context, r: Token, c: Token, how: str) -> bool:
    """The reference says the candidate's verb alike (denied or affirmed as it is) at another verb of the same or a
    like meaning, said of the candidate's subject where the verb found against it is not ('similar schemes had not
    caused a lasting rise' for 'comparable schemes have not led to a lasting increase', where 'it could lead to more
    fly-tipping' is the verb found), or about more of the candidate's things: the two texts pair their verbs
    crosswise."""
    if how not in ("negated", "loosely negated") or c.pos_ != "VERB":
        return False
    mine, doer = _participant_words(c), subject_words(c)
    against = len(mine & _participant_words(r))
    sents = ctx.refs_for(ctx.candidate.sentence_at(c.idx))
    for t in ctx.reference.doc:
        if t.i == r.i or t.pos_ != "VERB" or ctx.reference.sentence_at(t.idx) not in sents or denied(t) != denied(c):
            continue
        if not (t.lemma_.lower() == c.lemma_.lower() or paraphrase(t.lemma_, c.lemma_)):
            continue
        # (by the subject only where the verb found against it has a subject of its own, not a pronoun, and the objects
        # agree: 'has hired 30 porters ... It has not hired any radiographers' pairs by the object)
        named = any(x.pos_ != "PRON" for x in _subject_tokens(r))
        objects = _objects(c) and _objects(t) and not _singulars(_objects(c)) & _singulars(_objects(t))
        if named and not objects and doer and doer & subject_words(t) and not doer & subject_words(r):
            return True
        if len(mine & _participant_words(t)) > against:
            return True
    return False


_ENOUGH = ("enough", "sufficient", "adequate")
_SHORT = ("insufficient", "inadequate")


def _called_off_both_ways(said_no: Token, said_yes: Token) -> bool:
    """The denied word is what a verb of calling off calls off ('has cancelled a performance'), and the affirmed one is
    what the same verb or a synonym does to it, above it or in a relative clause on it ('annulled the permit', 'the
    first performance it had cancelled'): both sides call it off."""
    calling_off = set(lexicon()["cancelling_predicates"])
    verb = next((a for a in said_no.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb_lemma(verb) not in calling_off and verb.lemma_.lower() not in calling_off:
        return False
    above = next((a for a in said_yes.ancestors if a.pos_ in ("VERB", "AUX")), None)
    # (or in a clause on it: 'the first performance it had cancelled', 'some 1,100 flights being cancelled')
    told = [v for v in (above, *(c for c in said_yes.children if c.dep_ in ("relcl", "acl"))) if v is not None]
    lemma = verb.lemma_.lower()
    return any(v.lemma_.lower() == lemma or synonym(v.lemma_.lower(), lemma) or paraphrase(v.lemma_.lower(), lemma) for v in told)


_ALL_BUT = re.compile(r"\ball\s+but\s+(\w+)\b", re.IGNORECASE)


def _all_but(said_yes: Token, said_no: Token) -> bool:
    """The affirmed verb is said of 'all but' some number and the denied one of that number ('all but two had done so'
    / 'only two had not done so'): the exceptions denied on one side, the rest affirmed on the other."""
    before_yes = said_yes.doc[said_yes.left_edge.i : said_yes.i].text
    m = _ALL_BUT.search(before_yes)
    if m is None:
        return False
    before_no = said_no.doc[said_no.left_edge.i : said_no.i].text
    return re.search(rf"\b{re.escape(m.group(1))}\b", before_no, re.IGNORECASE) is not None


def _both_ways_on_both_sides(r: Token, c: Token) -> bool:
    """Each sentence says both words of the opposite pair ('will be open Monday to Friday and closed at weekends' /
    'will open on weekdays and stay shut on Saturdays and Sundays'): the same contrast, its halves paired crosswise."""

    def alike(a: Token, b: Token) -> bool:
        x, y = a.lemma_.lower(), b.lemma_.lower()
        # (by lemma or WordNet, whatever the tagger made of each: 'closed' a verb, 'shut' an adjective)
        return x == y or synonym(x, y) or same_adjective(x, y)

    mine = any(t.i != r.i and alike(t, c) and denied(t) == denied(c) for t in r.sent)
    theirs = any(t.i != c.i and alike(t, r) and denied(t) == denied(r) for t in c.sent)
    return mine and theirs


_COMPLEMENTS = frozenset({"dobj", "attr", "oprd", "acomp", "advmod", "npadvmod", "prep", "dative"})


def _complement_words(verb: Token) -> set[str]:
    """The content lemmas of what a verb is said with: its objects, complements and phrases, not its subject nor the
    clauses hung on it."""
    return {
        t.lemma_.lower() for c in verb.children if c.dep_ in _COMPLEMENTS for t in c.subtree if (t.is_alpha or t.like_num) and not t.is_stop
    }


def _deed_kept_apart(r: Token, c: Token) -> bool:
    """The candidate says the reference's deed, with its very complement, by another verb of the same sentence, and its
    opposite word is said of something else ('the wolfhound named best in show ... has lost the title' / 'that won
    best in show ... has been disqualified'): a later turn told beside the deed, not the deed denied."""
    if r.pos_ != "VERB" or c.pos_ != "VERB":
        return False
    theirs, mine = _complement_words(r), _complement_words(c)
    if len(theirs) < 2 or theirs & mine:
        return False
    sentence = c.sent
    return any(
        t.i != c.i and t.pos_ == "VERB" and not denied(t) and len(theirs & _complement_words(t)) * 3 >= len(theirs) * 2 for t in sentence
    )


def _doer_words(verb: Token) -> set[str]:
    """The content lemmas of who does the deed: the subject (the agent of a passive), or for a gerund after a
    preposition, the subject of the verb it hangs on ('approached the landowners about buying': the approacher)."""
    if not _subject_tokens(verb) and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        verb = verb.head.head
    doers = [c for c in _subject_tokens(verb) if c.dep_ != "nsubjpass"]
    doers += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return {fold(t.lemma_) for d in doers for t in d.subtree if t.is_alpha and not t.is_stop}


def _converse_by_other_doer(r: Token, c: Token) -> bool:
    """One event told from its two sides, each by its own doer ('the council approached the landowners about buying' /
    'the landowners were asked whether they would sell'): the reference's doer is another participant of the
    candidate's sentence, not the one doing the candidate's deed."""
    if not converse(r.lemma_, c.lemma_):
        return False
    theirs, mine = _doer_words(r), _doer_words(c)
    sentence = {fold(t.lemma_) for t in c.sent if t.is_alpha}
    return bool(theirs) and not theirs & mine and theirs <= sentence


def _told_from_other_side(ctx: Context, r: Token, c: Token) -> bool:
    """The candidate's word restates another reference sentence aligned with its own, told from the other side:
    'X has won the contract' against 'the commission has awarded a contract to X' there, not against 'X lost the
    contract in 2022' in the next one."""
    own = ctx.reference.sentence_at(r.idx)
    for index in ctx.alignment.refs_for(ctx.candidate.sentence_at(c.idx)) - {own}:
        sentence = ctx.reference.sentences[index]
        for t in ctx.reference.doc[sentence.token_start : sentence.token_end]:
            if t.pos_ == "VERB" and converse(t.lemma_, c.lemma_) and not denied(t) and not denied(c) and neighbours(t) & neighbours(c):
                return True
    return False


def _to_another(said_yes: Token, said_no: Token) -> bool:
    """The affirmed verb is done to another thing of the very noun the denied one is done to ('belonged to a different
    animal' / 'did not belong to the animal'): the denial told by the other thing."""

    def things(verb: Token) -> list[Token]:
        direct = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        return direct + [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]

    def another(t: Token) -> bool:
        return any(c.lower_ in ("different", "other", "another", "separate") for c in t.children if c.dep_ in ("amod", "det"))

    # (not where the denied thing is 'the other' one too: 'would not give back the other items' / 'would give back the
    # other items')
    denied_nouns = {t.lemma_.lower() for t in things(said_no) if not another(t)}
    return any(another(t) and t.lemma_.lower() in denied_nouns for t in things(said_yes))


def _leave_or_ability_words() -> frozenset[str]:
    lex = lexicon()
    return frozenset(lex["ability_adjectives"]) | frozenset(lex["permission_adjectives"]) | frozenset(lex["permission_predicates"])


def _said_not(word: Token) -> bool:
    """A 'not' or 'never' on the word, or on the copula or verb it completes ('will not be eligible')."""
    top = word.head if word.dep_ in ("acomp", "xcomp") and word.head.pos_ in ("AUX", "VERB") else word
    return any(c.dep_ == "neg" for t in {word, top} for c in t.children)


def _clause_nouns(word: Token) -> set[str]:
    """The nouns of a word's clause: its own phrases, and the subject of the copula or verb it completes."""
    top = word.head if word.dep_ in ("acomp", "xcomp") and word.head.pos_ in ("AUX", "VERB") else word
    # (not those of a clause joined to it: 'Dogs will be welcome, though cycling will not be permitted')
    joined = [
        c for c in top.children if c.dep_ in ("advcl", "ccomp", "conj", "parataxis") and not c.left_edge.i <= word.i <= c.right_edge.i
    ]
    apart = {t.i for c in joined for t in c.subtree}
    return {t.lemma_.lower() for t in top.subtree if t.pos_ == "NOUN" and t.i not in apart}


def _leave_turned(ctx: Context, seen: set[int]) -> Iterator[Finding]:
    """A leave or an ability over the same thing for the same people, given on one side and denied on the other, in
    other words ('owners on low incomes will be able to apply for a reduction' / 'owners with low incomes will not be
    eligible for a reduction'): the lexicon's words of ability and permission, two nouns of their clauses in common."""
    words = _leave_or_ability_words()
    for ref_sent, cand_sent in sentence_pairs(ctx):
        rivals = [t for t in ref_sent if t.lemma_.lower() in words and t.pos_ in ("ADJ", "VERB")]
        for c in (t for t in cand_sent if t.lemma_.lower() in words and t.pos_ in ("ADJ", "VERB")):
            if c.i in seen or any(h.i in seen for h in c.subtree):
                continue
            for r in rivals:
                if r.lemma_.lower() == c.lemma_.lower() or denied(r) == denied(c):
                    continue  # (one word on both sides is the main pass's)
                if not _said_not(c if denied(c) else r):
                    continue  # denied by a 'not' of its own, not by what it hangs on ('the refusal to let X extend it')
                if len(_clause_nouns(r) & _clause_nouns(c)) < 2:
                    continue
                seen.add(c.i)
                mine, theirs = ctx.candidate.text[slice(*extent(c))], ctx.reference.text[slice(*extent(r))]
                yield ctx.finding(
                    FindingType.POLARITY,
                    Severity.MAJOR,
                    0.6,
                    f"the candidate {'denies' if denied(c) else 'gives'} the leave or ability ('{mine}') that the reference "
                    f"{'gives' if denied(c) else 'denies'} ('{theirs}')",
                    extent(c),
                    extent(r),
                    NAME,
                )
                break


def _asked_whether(verb: Token) -> bool:
    """The verb is what a question asks ('must decide whether to charge him or set him free', 'asked if it would
    reopen'): neither said nor denied."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return any(c.dep_ in ("mark", "advmod") and c.lower_ == "whether" for c in verb.children) or verb.left_edge.lower_ == "whether"


def _part_of_the_time(verb: Token) -> bool:
    """The verb is said to happen only part of the time ('were not always given', 'sometimes given', 'at times
    missed'), by the words of the lexicon's part_of_the_time on it."""
    words = sorted({w for c in verb.children if c.dep_ in ("neg", "advmod", "npadvmod", "prep") for w in c.subtree}, key=lambda w: w.i)
    text = " ".join(w.lower_ for w in words)
    return any(f" {p} " in f" {text} " for p in lexicon()["part_of_the_time"])


def _by_degree(verb: Token) -> bool:
    """A verb that a measure governs ('not enough to cover', 'too weak to stand', 'sufficient to pay'): whether it
    happens is told by how much."""
    if verb.dep_ != "xcomp" or verb.head.pos_ != "ADJ":
        return False
    head = verb.head
    return head.lower_ in _ENOUGH + _SHORT or any(c.dep_ == "advmod" and c.lower_ == "too" for c in head.children)


def _measured(verb: Token) -> bool:
    """Whether the verb is denied, a measure read as what it says: 'not enough to cover' and 'too small to cover' deny
    'cover', 'enough to cover' affirms it; 'fall short of what is needed to resurface' denies it without a 'not'."""
    if not _by_degree(verb):
        short = any(a.lower_ == "short" and a.head.lemma_.lower() in ("fall", "come") or a.lower_ in _SHORT for a in verb.ancestors)
        return short or denied(verb)
    head = verb.head
    holder = head.head if head.dep_ == "acomp" else head
    negs = any(c.dep_ == "neg" for c in (*holder.children, *head.children))
    return negs if head.lower_ in _ENOUGH else not negs


_LIKELY = ("likely", "probable", "expected")


def _likelihood(verb: Token) -> str | None:
    """'unlikely' or 'not likely' where the verb is what is said to be so ('unlikely to survive', 'it is unlikely that
    it will survive', 'is not expected to approve'); None otherwise."""
    if verb.dep_ not in ("xcomp", "ccomp"):
        return None
    head = verb.head
    words = [head, *(c for c in head.children if c.dep_ == "acomp")] if head.lemma_ == "be" else [head]
    for w in words:
        holder = w.head if w.dep_ == "acomp" else w
        negs = any(c.dep_ == "neg" for c in (*holder.children, *w.children))
        if w.lower_ == "unlikely" and not negs:
            return "unlikely"
        if w.lower_ in _LIKELY and negs:
            return "not likely"
    return None


def _probably_not(verb: Token) -> bool:
    """What is said to be likely of the verb, a denial told as unlikely read as one ('unlikely to reopen' is 'probably
    will not reopen'; 'unlikely that it will not reopen' is 'probably will reopen')."""
    return denied(verb) != (_likelihood(verb) is not None)


def _told_in_synonym(ctx: Context, r: Token, c: Token) -> bool:
    """The aligned reference sentences say the candidate's verb themselves in a WordNet synonym, in a clause said of a
    noun beside the verb it seems to oppose, denied or affirmed alike and with words of the candidate's own clause
    ('will reopen the towers that had been closed since 2012' for 'the towers, shut since 2012, will be brought back'):
    that verb's opposite is told there, not contradicted."""

    def describing(v: Token) -> bool:  # a clause said of a noun ('which closed in 1978', 'shut since 1978')
        return v.dep_ in ("relcl", "acl", "amod")

    def own(v: Token) -> set[str]:
        # the verb's own clause, without the clauses said of its nouns ('is shutting its workshop, which opened in 1978'
        # is about the shutting, not 1978)
        inner = {t.i for k in v.subtree if k.i != v.i and describing(k) for t in k.subtree}
        return {t.lemma_.lower() for t in v.subtree if t.i not in inner and t.i != v.i and (t.is_alpha or t.like_num) and not t.is_stop}

    if c.pos_ != "VERB" or describing(r):
        return False
    mine = own(c)
    for index in ctx.refs_for(ctx.candidate.sentence_at(c.idx)):
        sentence = ctx.reference.sentences[index]
        for t in ctx.reference.doc[sentence.token_start : sentence.token_end]:
            if t.i == r.i or t.pos_ != "VERB" or not describing(t) or not synonym(t.lemma_, c.lemma_):
                continue
            if denied(t) == denied(c) and own(t) & mine:
                return True
    return False


def _said_elsewhere(ctx: Context, c: Token, r: Token | None = None) -> bool:
    """The reference says the candidate's word the same way somewhere, about the same things: the same lemma, denied
    or affirmed alike, with two words around it in common ('three-quarters of women never wash their car', copied from
    another sentence than the aligned one, as extractive summaries do)."""
    near = neighbours(c)
    alike = (
        t
        for t in ctx.reference.doc
        if t.is_alpha
        and t.pos_ == c.pos_
        and _key(t) == _key(c)
        and denied(t) == denied(c)
        and not_required(t) == not_required(c)
        and {_degree(t), _degree(c)} != {"less", "more"}  # (not 'the least expensive' for 'the most expensive')
        and set_aside_before(t) == set_aside_before(c)  # (not 'rather than retire them' for 'will retire them')
    )
    alike = (t for t in alike if not _another_time(ctx, t, c))
    if any(len(neighbours(t) & near) >= 2 and not _named_apart(t, c) and not (c.pos_ == "VERB" and _other_objects(t, c)) for t in alike):
        # (not the verb done to another named thing: 'bought a stake in X' / 'bought Y's stake'; nor to another thing:
        # 'has hired 45 nurses' is no 'has hired the surgeons')
        return True
    # an adjective the reference says in a synonym of the same degree about the same thing in an aligned sentence ('the
    # biggest plum pudding maker' / 'the largest maker of plum puddings'), where the word it seems to oppose is said of
    # something else ('smaller puddings')
    if r is None or r.head.lemma_.lower() == c.head.lemma_.lower():
        return False
    aligned = ctx.refs_for(ctx.candidate.sentence_at(c.idx))
    return c.pos_ == "ADJ" and any(
        t.pos_ == "ADJ"
        and t.tag_ == c.tag_
        and t.head.lemma_.lower() == c.head.lemma_.lower()
        and same_adjective(t.lemma_, c.lemma_)
        and not opposite(t.lemma_, c.lemma_)
        for t in ctx.reference.doc
        if ctx.reference.sentence_at(t.idx) in aligned
    )


def _another_time(ctx: Context, t: Token, c: Token) -> bool:
    """The reference word is said of another time than the candidate word: both sentences give a date, and none of the
    reference's agrees with the candidate's ('has granted permission for this year's march' / 'Last year the city
    initially granted permission')."""
    mine = [d for d in ctx.candidate.dates if d.sent == ctx.candidate.sentence_at(c.idx) and d.kind is not None]
    theirs = [d for d in ctx.reference.dates if d.sent == ctx.reference.sentence_at(t.idx) and d.kind is not None]
    return bool(mine and theirs) and not any(m.comparable(d) and m.agrees(d) for m in mine for d in theirs)


_CLAUSES = ("conj", "ccomp", "advcl", "parataxis", "xcomp")


def _own_clause(verb: Token) -> list[Token]:
    """A predicate's clause without the clauses joined to or under it ('will apply to 85,000 homes but will not cover
    properties built after 2015': 'apply' is said of the homes only)."""
    under = {t.i for c in verb.children if c.dep_ in _CLAUSES and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    return [t for t in verb.subtree if t.i not in under]


def _participants(verb: Token, leave_out: frozenset[int] = frozenset()) -> dict[str, int]:
    """What a predicate's clause is about: the content words of its subject and of its own clause, each weighing 1, and
    its figures, each weighing 2 (a figure picks out one thing: '500,000 crowns'), leaving out the tokens in `leave_out`."""
    own = [t for t in _own_clause(verb) if t.i != verb.i and t.i not in leave_out]
    words = {fold(t.lemma_): 2 if t.like_num else 1 for t in own if (t.is_alpha and not t.is_stop or t.like_num) and t.pos_ != "VERB"}
    subjects = _subject_tokens(verb)
    speakers = _said_by(verb)
    if subjects and all(t.tag_ == "PRP" for t in subjects) and speakers:
        # 'X said it did not oppose ...', 'X said it was disappointed but would not appeal': 'it' is X
        return {fold(t.lemma_): 1 for c in speakers for t in c.subtree if t.is_alpha and not t.is_stop} | words
    return {w: 1 for w in subject_words(verb)} | words


def _weighed(mine: dict[str, int], other: dict[str, int]) -> int:
    """What two clauses' participants have in common, each shared word by its weight."""
    return sum(w for word, w in mine.items() if word in other)


def _said_of_others(ctx: Context, r: Token, c: Token) -> bool:
    """The candidate's clause is about what another clause of the reference is about, not the flipped word's: its
    participants share at most one word (weighed) with the flipped word's clause and at least two more with the other
    ('The cap will apply to about 85,000 homes but will not cover properties built after 2015' / 'Some 85,000 homes
    will be covered': the homes are what 'apply' is said of). Such a flip pairs a word with a clause about other
    things, which is no evidence of a conflict."""
    mine = _participants(c)
    if c.pos_ != "VERB" or r.pos_ != "VERB" or len(mine) < 2:
        return False

    theirs = _weighed(mine, _participants(r))
    if theirs > 1:
        return False  # the flipped word's clause is about the candidate's things too: a conflict to report
    # the same verb done to the same thing ('nobody was taken to hospital' / 'two were taken to hospital'): another
    # clause about the same people is no other statement of it unless it is done to that thing too
    done_to = _complements(r) & _complements(c) if r.lemma_.lower() == c.lemma_.lower() else set()
    if _of_others(r) or _of_others(c):
        done_to = set()  # 'would not cut staff at its other sites' / 'will cut staff at its Leeds bakery'

    sentences = {ctx.reference.sentence_at(r.idx)} | ctx.refs_for(ctx.candidate.sentence_at(c.idx))
    flipped = frozenset(t.i for t in _own_clause(r))
    for index in sentences:
        sentence = ctx.reference.sentences[index]
        for t in ctx.reference.doc[sentence.token_start : sentence.token_end]:
            if t.i in flipped or t.pos_ not in ("VERB", "AUX") or t.dep_ not in ("ROOT", "relcl", *_CLAUSES):
                continue
            if _key(t) == _key(c) and denied(t) != denied(c):
                continue  # the same word flipped again: no other clause
            if r in t.ancestors and t.i > r.i:
                continue  # a clause under the flipped word is what it says ('have not ruled out that the trees may be sold')
            if t.head == r and t.dep_ == "advcl" and t.i < r.i and not any(k.dep_ in SUBJECTS for k in r.children):
                continue  # the flipped verb's subject read as a clause ('while tree cover in parks had not declined')
            if done_to and not done_to & _complements(t):
                continue
            mutual = _weighed(mine, _participants(t, flipped))
            if mutual >= theirs + 2:
                return True
    return False


def _of_others(verb: Token) -> bool:
    """What the verb is done to is told as the others, the rest ('at its other sites', 'the remaining staff')."""
    own = {t.i for s in _subject_tokens(verb) for t in s.subtree}
    return any(t.lower_ in ("other", "remaining", "rest") and t.i not in own for t in verb.subtree if t.i > verb.i)


def _complements(verb: Token) -> set[str]:
    """The words of what a verb is done to, its participants but its subject's ('taken to hospital')."""
    subject = {fold(t.lemma_) for s in _subject_tokens(verb) for t in s.subtree}
    return {w for w in _participants(verb) if w not in subject and not w.isdigit()}


def _agreed_about_mine(ctx: Context, r: Token, c: Token) -> bool:
    """For an opposite, another sentence linked to the candidate's says the candidate's word (or a change the same way)
    about the candidate's things, sharing at least two more of its participants (weighed) than the flipped word
    ('will cut probate fees for estates worth less than 100,000 crowns ... fees for estates above 500,000 crowns will
    rise from 2,000 to 2,600' / 'raise the fee for estates above 500,000 crowns from 2,000 to 2,600'): the candidate
    joined two statements, and the opposite word belongs to the other one."""
    if c.pos_ != "VERB":
        return False
    mine = _participants(c)

    flipped = _participants(r)
    theirs = _weighed(mine, flipped)
    way = direction(c, transitive=True)
    own = ctx.reference.sentence_at(r.idx)
    for index in ctx.refs_for(ctx.candidate.sentence_at(c.idx)) - {own}:
        sentence = ctx.reference.sentences[index]
        for t in ctx.reference.doc[sentence.token_start : sentence.token_end]:
            same = t.lemma_.lower() == c.lemma_.lower() or (way is not None and t.pos_ == "VERB" and direction(t, transitive=True) == way)
            if not same or denied(t) != denied(c):
                continue
            other = _participants(t)
            # what the candidate shares with the flipped clause alone is no more than context (a name, a month), no figure
            only_flipped = {w: n for w, n in mine.items() if w in flipped and w not in other}
            if _weighed(mine, other) >= theirs + 2 and sum(only_flipped.values()) <= 2 and 2 not in only_flipped.values():
                return True
    return False


def _none_greater(tok: Token) -> bool:
    """'no' with a comparative on the subject of the word's clause ('no larger one is known', 'no older bridge survives')
    or as what the clause says of it ('no single grant has been larger')."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    compared = any(c.dep_ in ("acomp", "attr") and c.tag_ in ("JJR", "RBR") for c in verb.children)
    return any(
        any(d.dep_ == "det" and d.lower_ == "no" for d in s.children) and (compared or any(a.tag_ == "JJR" for a in s.children))
        for s in subjects
    )


def _superlative(tok: Token) -> bool:
    """A superlative in the word's sentence ('making it the largest known', 'the oldest in the county')."""
    return any(t.tag_ in ("JJS", "RBS") for t in tok.sent)


_UNTIL = frozenset({"until", "till"})
_ONCE = frozenset({"when", "once", "after"})


def _until_against_when(r: Token, c: Token) -> bool:
    """A state that lasts 'until' an event on one side and its opposite 'when' (or 'once') the same event comes on the
    other ('applications are open until the money runs out' / 'applications close when the money runs out'): the
    same end of the same state."""

    def after(word: Token, marks: frozenset[str]) -> set[str]:
        for t in word.sent:
            if t.lower_ in marks:
                clause = []
                for x in word.doc[t.i + 1 : word.sent.end]:
                    if x.is_punct:
                        break
                    clause.append(x)
                return {x.lemma_.lower() for x in clause if x.is_alpha and not x.is_stop}
        return set()

    if any(len(after(a, _UNTIL) & after(b, _ONCE)) >= 2 for a, b in ((r, c), (c, r))):
        return True
    # or a time of day: 'opens until 9 pm' / 'closes at 21:00'
    return any(_clock_after(a, _UNTIL) & _clock_after(b, frozenset({"at"})) for a, b in ((r, c), (c, r)))


def _clock_after(word: Token, marks: frozenset[str]) -> frozenset[int]:
    """The minutes of the time of day that one of `marks` opens right after the word's verb ('until 9 pm', 'at 21:00')."""
    for t in word.head.children if word.pos_ != "VERB" else word.children:
        if t.dep_ == "prep" and t.lower_ in marks:
            return clock_minutes(word.doc[t.i : t.right_edge.i + 1].text)
    return frozenset()


def _faulty_manner(said_no: Token, said_yes: Token) -> bool:
    """The same deed denied to have been done soundly on one side and said to have been done badly on the other ('had
    not been properly maintained' / 'badly maintained equipment'; lexicon `sound_manner_adverbs` and
    `faulty_manner_adverbs`, or WordNet opposites: 'not correctly' / 'incorrectly')."""
    if said_no.lemma_.lower() != said_yes.lemma_.lower():
        return False
    lex = lexicon()
    sound = [c.lower_ for c in said_no.children if c.dep_ == "advmod"]
    faulty = [c.lower_ for c in said_yes.children if c.dep_ == "advmod"]
    return any((a in lex["sound_manner_adverbs"] and b in lex["faulty_manner_adverbs"]) or opposite(a, b) for a in sound for b in faulty)


def _none_such(word: Token) -> bool:
    """'no such' on the noun the word is or describes ('no such public demonstration')."""
    noun = word.head if word.dep_ == "amod" else word
    children = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod", "predet")}
    return "no" in children and bool(children & {"such", "similar"})


def _never(word: Token) -> bool:
    """'never' on the word ('has never before produced')."""
    return any(c.dep_ in ("advmod", "neg") and c.lower_ == "never" for c in word.children)


def _after_first_time(word: Token) -> bool:
    """The word follows 'the first time' in its sentence ('it is the first time the cooperative has produced ...')."""
    before = word.doc[word.sent.start : word.i]
    times = [b for a, b in zip(before, before[1:], strict=False) if a.lower_ == "first" and b.lower_ == "time"]

    # (not 'it was not the first time the specimen had left': a denied first time says it had happened before)
    def denied_time(t: Token) -> bool:
        return (t.dep_ == "attr" and negated(t.head)) or any(w.lower_ in ("not", "never") for w in t.doc[max(t.i - 3, 0) : t.i])

    return any(not denied_time(t) for t in times)


def _first_of_kind(word: Token) -> bool:
    """'the first' on the noun the word is or describes ('the first public demonstration of its kind')."""
    noun = word.head if word.dep_ == "amod" else word
    return any(c.dep_ == "amod" and c.lower_ == "first" for c in noun.children)


def _raised_denial(word: Token) -> bool:
    """Whether the word is denied, a 'not' on a verb of belief above its infinitive counting as the infinitive's ('were
    not believed to be life-threatening' says what 'were thought not to be' says): the word's own denial, turned by a
    denied belief it completes."""
    own = denied(word)
    top = word.head if word.dep_ == "acomp" and word.head.pos_ == "AUX" else word
    if top.dep_ == "xcomp" and top.head.lemma_.lower() in lexicon()["belief_predicates"] and denied(top.head):
        return not own
    return own


def _denied_in_compound(said_no: Token, said_yes: Token) -> bool:
    """The denied word's phrase is said on the other side with its 'not' inside a hyphened compound ('was not run for
    profit' / 'is run on a not-for-profit basis'): the same denial, written into one word."""
    if not denied(said_no) or denied(said_yes):
        return False
    # (the other side's own compounds are no denial of its verb: 'non-lethal measures had not been tried')
    theirs = {w for c in _negative_compounds(said_no.sent) for w in c}
    words = {t.lemma_.lower() for t in said_no.subtree if t.is_alpha and not t.is_stop} - theirs
    return any(words & set(c) for c in _negative_compounds(said_yes.sent))


def _negative_compounds(sent: SpacySpan) -> list[list[str]]:
    """The lemmas after 'not-' or 'non-' in each hyphened compound of the sentence ('not-for-profit': 'for', 'profit')."""
    doc = sent.doc
    out = []
    for t in sent:
        if t.lower_ in ("not", "non") and t.i + 1 < len(doc) and doc[t.i + 1].text == "-":
            compound = []
            i = t.i + 2
            while i < len(doc) and doc[i].is_alpha:
                compound.append(doc[i].lemma_.lower())
                if i + 1 < len(doc) and doc[i + 1].text == "-":
                    i += 2
                else:
                    break
            out.append(compound)
    return out


def _kind_for_whole(kind: Token, noun: Token) -> bool:
    """`kind` names the kind of its head noun ('bus' in 'a Sunday bus service'), `noun` is the same word said as the
    head of its own phrase ('their Sunday bus'), and the other sentence has no word of the head noun."""
    if kind.dep_ != "compound" or noun.dep_ == "compound" or kind.head.pos_ != "NOUN":
        return False
    return kind.head.lemma_.lower() not in {t.lemma_.lower() for t in noun.sent}


def _compared_against(word: Token) -> bool:
    """The word is said in what a comparison measures against ('cost more than the building was worth', 'later than
    had been promised'): the clause after 'than' states no fact of its own."""
    clause = word.head if word.dep_ in ("acomp", "attr", "xcomp") and word.head.pos_ in ("AUX", "VERB") else word
    if any(c.dep_ == "mark" and c.lower_ == "than" for c in clause.children):
        return True
    # (or 'than' and the subject just before, however the parse hung them: 'more than the barn was worth')
    for t in reversed(clause.doc[max(0, clause.i - 5) : clause.i]):
        if t.lower_ == "than":
            return True
        if t.pos_ in ("VERB", "AUX") or t.is_punct:
            return False
    return False


def _movers(verb: Token) -> set[str]:
    """The nouns of what a verb of change moves: its object or a passive's subject ('reduced the speed limit', 'the
    limit was cut'), or for a verb with neither, its subject ('prices went up'); pronouns and other words left out."""
    moved = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or [c for c in verb.children if c.dep_ == "nsubj"]
    # (a subject the parse hung elsewhere: the noun right before the verb and its auxiliaries, 'the limit will drop,
    # and warning signs will go up', where 'go' is joined to 'drop' and 'signs' to a noun before)
    first = min([verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg"))], key=lambda t: t.i)
    before = verb.doc[first.i - 1] if first.i > verb.sent.start else None
    if not moved and before is not None and before.pos_ in ("NOUN", "PROPN") and before.head.i != verb.i:
        return {fold(before.lemma_), *(fold(c.lemma_) for c in before.children if c.dep_ == "compound")}
    moved = moved or _subject_tokens(verb)
    return {fold(t.lemma_) for m in moved for t in m.subtree if t.pos_ in ("NOUN", "PROPN") and t.dep_ in _MOVER_DEPS}


_MOVER_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "compound", "conj"})


def _other_movers(ref: Token, cand: Token) -> bool:
    """Two verbs of change that move two things, with no noun of one among the other's, nor two nouns that WordNet also
    puts in one verb synset ('cost' / 'price') ('reduce the speed limit' / 'warning signs will go up'): two deeds, not one
    told the other way."""
    a, b = _movers(ref), _movers(cand)
    if not a or not b or a & b or _singulars(a) & _singulars(b):
        return False
    return not any(synonym(x, y) for x in a for y in b)


def _nearly(verb: Token) -> bool:
    """'nearly' or 'almost' on the verb: it did not happen ('was nearly hit')."""
    return any(c.dep_ == "advmod" and c.lower_ in ("nearly", "almost") for c in verb.children)


def _at_verb(tok: Token, verb: str) -> bool:
    """The verb itself, or a word of its object ('found no structural faults': 'faults', 'structural')."""
    for _ in range(3):
        if tok.lemma_.lower() == verb and tok.pos_ == "VERB":
            return True
        if tok.dep_ not in ("dobj", "amod", "compound", "nsubjpass") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _the_one_deed(ctx: Context, r: Token, c: Token, how: str) -> bool:
    """A verb denied on one side only that each text uses once, in a sentence next to the aligned one: a rewrite that
    folds two sentences into one ('It said it did not expect the disruption to affect its guidance' / '..., Tarrow
    said, adding that it expected the disruption to affect its guidance') says the one deed there."""
    if how != "negated" or r.pos_ != "VERB" or c.pos_ != "VERB" or r.lemma_.lower() != c.lemma_.lower():
        return False
    return all(sum(_key(t) == _key(r) for t in doc.doc) == 1 for doc in (ctx.reference, ctx.candidate))


def _firmly_paired(r: Token, c: Token) -> bool:
    """The same verb amid the same words: three content words or more around both ('the vessels had passed their
    inspections and were not expected to need repairs' / 'the vessels have passed their inspections but are expected
    to need repairs')."""
    return r.pos_ == "VERB" and r.lemma_.lower() == c.lemma_.lower() and len(neighbours(r) & neighbours(c) - {fold(r.lemma_)}) >= 3


def _same_no_phrase(ref: SpacySpan, cand: SpacySpan, r: Token, c: Token) -> bool:
    """Each sentence says 'no' once, before the same two words ('no realistic alternative'), and the words weighed are
    that phrase's or its head's: the one denial, wherever the parse hung it on either side."""

    def phrases(sent: SpacySpan) -> list[tuple[tuple[str, ...], set[int]]]:
        words = [t for t in sent if t.is_alpha]
        out = []
        for i, t in enumerate(words):
            if t.lower_ == "no" and t.dep_ == "det":
                own = words[i : i + 3]
                out.append((tuple(w.lower_ for w in own), {w.i for w in own} | {w.head.i for w in own}))
        return out

    mine, theirs = phrases(cand), phrases(ref)
    if not (len(mine) == len(theirs) == 1 and len(mine[0][0]) == 3 and mine[0][0] == theirs[0][0]):
        return False
    return c.i in mine[0][1] or r.i in theirs[0][1]


def check(ctx: Context) -> Iterator[Finding]:
    seen: set[int] = set()
    pairs = [(r, c, None) for r, c in sentence_pairs(ctx, near=NEAR)]
    if ctx.mode == "summary":
        # a verb each text uses once, in sentences the similarity did not pair ('the importer plans to appeal' in a
        # sentence about the ruling / 'Sunrise said it would not appeal'): the one statement of that deed on each side,
        # weighed at that verb alone
        pairs += one_verb_pairs(ctx)
    for ref_sent, cand_sent, verb in pairs:
        for r, c, how in _flips(ref_sent, cand_sent):
            if verb is not None and not (c.lemma_.lower() == r.lemma_.lower() and _at_verb(c, verb) and _at_verb(r, verb)):
                continue
            if c.i in seen or any(h.i in seen for h in (*c.ancestors, *c.children)):
                continue  # one finding for one denied statement: the verb, or the noun that 'no' is said of
            if _said_elsewhere(ctx, c, r) or _agreed_in_aligned(ctx, r, c, how) or _kept_elsewhere(ctx, r, c, how):
                continue
            if _answered_in_reference(ctx, r, c, how):
                continue
            if how in ("negated", "loosely negated") and _either_way_in_sentence(ctx, r, c):
                continue  # 'The agency said it was too early to say' / 'cannot yet be said, according to the agency'
            if how in ("negated", "loosely negated") and _same_no_phrase(ref_sent, cand_sent, r, c):
                continue  # "had 'no realistic alternative' work" / "there was 'no realistic alternative' work": one denial
            if _said_of_others(ctx, r, c) and not _firmly_paired(r, c):
                continue  # (one verb said around the same words is its own clause's, whatever the parse hung on it)
            if how == "opposite" and _both_ways_on_both_sides(r, c):
                continue  # 'open Monday to Friday and closed at weekends' / 'open on weekdays and shut on Saturdays and Sundays'
            if how == "opposite" and (_agreed_about_mine(ctx, r, c) or _told_from_other_side(ctx, r, c) or _deed_kept_apart(r, c)):
                continue
            if how == "opposite" and _converse_by_other_doer(r, c):
                continue
            if how == "opposite" and _told_in_synonym(ctx, r, c):
                continue  # 'is reopening its workshop, which closed in 1978' / 'is bringing back its workshop, shut since 1978'
            if how == "opposite" and converse(r.lemma_, c.lemma_) and _passive_converse(r, c):
                continue  # 'equipment borrowed from a nearby winery' / 'equipment lent by a neighbouring winery'
            ruled = _leave_denied_to_subject(r) and denied(c) or _leave_denied_to_subject(c) and denied(r)
            if how in ("negated", "loosely negated") and ruled:
                continue  # 'visitors will not be allowed to touch the case' / 'touching the case is not permitted'
            if how in ("negated", "loosely negated") and _one_denied_reason(r, c):
                continue  # "'I'm not retiring because I'm tired of it'" / 'he was retiring not because he was tired': one denial
            if how == "opposite" and _until_against_when(r, c):
                continue  # 'are open until the money runs out' / 'close when the money runs out': one end told from each side
            if how == "opposite" and _nearly(r) != _nearly(c):
                continue  # 'was narrowly missed' / 'was nearly hit': what nearly happened did not, which its opposite says
            if how in ("negated", "loosely negated") and (_likelihood(r) or _likelihood(c)) and _probably_not(r) == _probably_not(c):
                continue  # 'unlikely to survive' / 'would probably not survive' / 'not likely to survive': one likelihood
            if how in ("negated", "loosely negated") and (_by_degree(r) or _by_degree(c)) and _measured(r) == _measured(c):
                continue  # 'did not cover costs' / 'was not enough to cover costs': a measure says the denial
            raised = [_raised_denial(t) for t in (r, c)]
            if how in ("negated", "loosely negated") and raised[0] == raised[1] and raised != [denied(r), denied(c)]:
                continue  # 'not believed to be life-threatening' / 'thought not to be life-threatening': one belief
            if how in ("negated", "loosely negated") and (_denied_in_compound(r, c) or _denied_in_compound(c, r)):
                continue  # 'was not run for profit' / 'is run on a not-for-profit basis': the 'not' inside a compound
            if how in ("negated", "loosely negated") and (_in_circumstance(r) or _in_circumstance(c)):
                continue  # 'found no trace of mould in several flats' / 'in several flats found no sign of mould'
            if how in ("negated", "loosely negated") and denied(r) != denied(c):
                said_no, said_yes = (r, c) if denied(r) else (c, r)
                asked = said_yes.dep_ == "xcomp" and said_yes.head.lemma_.lower() in lexicon()["directive_predicates"]
                if not_required(said_no) and asked:
                    continue  # 'will be asked to contribute' / 'nobody would be forced to contribute': asked, not made to
                if _done_only_with(said_no) and not _done_only_with(said_yes) and not any(denied(t) for t in said_yes.sent):
                    continue  # 'too fragile to be photographed without a cradle' / 'had to be photographed on a cradle': done only with it
                if _bounded_in_time(said_no) and _timed(said_yes) and not _bounded_in_time(said_yes):
                    continue  # 'had not reported the breach within 72 hours' / 'took nine days to report it': late, not never
                if _none_greater(said_no) and _superlative(said_yes):
                    continue  # 'no larger one is known' / 'the largest known': a superlative told by a comparative
                if _never(said_no) and _after_first_time(said_yes):
                    continue  # 'has never before produced one this large' / 'it is the first time it has produced one'
                if _none_such(said_no) and _first_of_kind(said_yes):
                    continue  # 'no such demonstration has taken place for six decades' / 'the first ... for 60 years'
                lacked = next((_privative(a, said_no) for a in said_no.ancestors if a.pos_ in ("VERB", "AUX")), False)
                if _inside_denial(said_yes) or _denial_below(said_no, said_yes) or (_lost(said_yes) and (_absent(said_no) or lacked)):
                    continue  # 'without running water' / 'with no running water' / 'lost their running water': said at another word
                if small_clause(said_no) and said_yes.dep_ in ("ccomp", "xcomp") and denied(said_yes.head):
                    continue  # 'saw nobody leaving' / 'did not see anyone leave': the denial said at the verb above
                if _denied_noun_agreed(said_no, said_yes):
                    continue  # 'there is no recall of oysters sold' / 'oysters sold are not subject to a recall': the recall denied
                if _called_off_both_ways(said_no, said_yes):
                    continue  # 'cancelled the permit' / 'annulled the permit', 'the first performance it had cancelled'
                if _all_but(said_yes, said_no):
                    continue  # 'all but two had done so' / 'only two had not done so': the same two, told from the rest
                if _part_of_the_time(said_no) and _part_of_the_time(said_yes):
                    continue  # 'were not always given at the right times' / 'sometimes given at the wrong times'
                if _to_another(said_yes, said_no):
                    continue  # 'did not belong to the animal at all' / 'belonged to a different animal altogether'
                if _faulty_manner(said_no, said_yes):
                    continue  # 'had not been properly maintained' / 'badly maintained': done, and done badly
                if _compared_against(said_yes):
                    continue  # 'would cost more than the building was worth' / 'not worth the cost': a measure, not a claim
                if said_yes.dep_ == "xcomp" and said_yes.head.lemma_.lower() in lexicon()["effort_predicates"]:
                    continue  # 'was unable to fill the posts' / 'is struggling to fill the posts': tried, not done
                if _asked_whether(said_yes):
                    continue  # 'has not been charged' / 'must decide whether to charge him': a question still open
                marks = [c for c in said_yes.children if c.dep_ == "mark"]  # 'rather than the render applied'
                if any(_setting_aside(a) for a in [*said_yes.ancestors, *marks]) or rather_than_before(said_yes):
                    continue  # 'instead of having to visit' / 'will no longer have to visit': set aside, either way
            aligned = ctx.refs_for(ctx.candidate.sentence_at(c.idx))
            if ctx.mode != "summary" and aligned and ctx.reference.sentence_at(r.idx) not in aligned and not _the_one_deed(ctx, r, c, how):
                continue  # a rewrite says it in the aligned sentence ('had been silent' / 'had not been played'), not next door
            seen.add(c.i)
            cand_words, ref_words = ctx.candidate.text[slice(*extent(c))], ctx.reference.text[slice(*extent(r))]
            if how in ("negated", "loosely negated") and denied(r) and denied(c):
                left = not_required(c)
                theirs = "forbids it" if left else "leaves it open"
                message = f"the candidate {'leaves open' if left else 'forbids'} '{cand_words}' where the reference {theirs}"
            elif how in ("negated", "loosely negated"):
                said = "denies" if denied(c) else "affirms"
                message = f"the candidate {said} '{cand_words}' where the reference {'affirms' if denied(c) else 'denies'} it"
            elif how == "set aside":
                mine, theirs = ("sets aside", "chooses it") if set_aside_before(c) else ("chooses", "sets it aside")
                message = f"the candidate {mine} '{cand_words}' where the reference {theirs}"
            elif how == "degree":
                mine, theirs = (_with_degree(w) for w in (c, r))
                message = f"'{mine}' where the reference has '{theirs}': the other end of the scale"
            else:
                message = f"'{cand_words}' says the opposite of the reference's '{ref_words}'"
            severity = Severity.CRITICAL if c.pos_ == "VERB" else Severity.MAJOR
            yield ctx.finding(
                FindingType.POLARITY,
                Severity.MINOR if how == "loosely negated" else severity,
                0.8,
                message,
                extent(c),
                extent(r),
                NAME,
            )

    yield from _leave_turned(ctx, seen)
    yield from _included_though_denied(ctx, seen)
    yield from _exception_included(ctx, seen)
    yield from _contrast_swapped(ctx)
    yield from _not_all(ctx)
    yield from _none_against_not_all(ctx)
    yield from _exempt_against_paying(ctx)
    yield from _requirement_turned(ctx, seen)
    yield from _weighing_denied(ctx, seen)
    yield from _presence_turned(ctx, seen)


_INCLUDING = frozenset({"including", "among"})


def _thing_words(noun: Token) -> set[str]:
    """The content words of a noun's phrase ('routes serving the Northgate hospital': route, serve, northgate,
    hospital)."""
    return {fold(t.lemma_) for t in noun.subtree if t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ")}


def _included_though_denied(ctx: Context, seen: set[int]) -> Iterator[Finding]:
    """What the reference says a deed is not done to, named by the candidate among what it is done to ('Routes serving
    the Northgate hospital will not be affected' / 'Some 14,000 journeys a week will be affected, including routes
    serving the Northgate hospital'): the exception turned into an instance."""
    for ref_sent, cand_sent in sentence_pairs(ctx, near=NEAR):
        for r in ref_sent:
            if r.pos_ != "VERB" or not denied(r):
                continue
            subjects = [s for s in r.children if s.dep_ in SUBJECTS and s.pos_ in ("NOUN", "PROPN")]
            if not subjects:
                continue
            theirs = _thing_words(subjects[0])
            for c in cand_sent:
                if (
                    c.i in seen
                    or c.pos_ != "VERB"
                    or denied(c)
                    or (c.lemma_.lower() != r.lemma_.lower() and not paraphrase(c.lemma_, r.lemma_))
                ):
                    continue
                # (wherever the parse hung the 'including' in the verb's clause: on the verb, its subject, its doer)
                among = [
                    o
                    for p in c.subtree
                    if p.dep_ == "prep" and p.lower_ in _INCLUDING and _governor(p).i == c.i
                    for o in p.children
                    if o.dep_ == "pobj"
                ]
                named = next(
                    (o for o in among if o.lemma_.lower() == subjects[0].lemma_.lower() and len(_thing_words(o) & theirs) >= 2), None
                )
                if named is None:
                    continue
                seen.add(c.i)
                start, end = named.head.idx, named.right_edge.idx + len(named.right_edge.text)
                yield ctx.finding(
                    FindingType.POLARITY,
                    Severity.MAJOR,
                    0.7,
                    f"the candidate counts '{ctx.candidate.text[named.idx : end]}' among what is {c.text}; the reference excepts "
                    f"it ('{ctx.reference.text[slice(*extent(r))]}')",
                    (start, end),
                    extent(r),
                    NAME,
                )
                break


def _excepted(sent: SpacySpan) -> list[Token]:
    """The nouns a sentence sets apart from what it says ('except those who have been vaccinated', 'apart from the one
    in Dolni Brod', 'excluding', 'other than')."""
    out = []
    for p in sent:
        opens = p.lower_ in ("except", "excluding") or (p.lower_ in ("from", "than") and p.head.lower_ in ("apart", "other", "aside"))
        if p.dep_ == "prep" and opens:
            out += [o for o in p.children if o.dep_ == "pobj"]
    return out


def _exception_included(ctx: Context, seen: set[int]) -> Iterator[Finding]:
    """What the reference sets apart, which the candidate names among the rest ('all residents over 60, except those
    already vaccinated through their employer' / '..., including those already vaccinated through their employers')."""
    for ref_sent, cand_sent in sentence_pairs(ctx, near=NEAR):
        excepted = _excepted(ref_sent)
        if not excepted:
            continue
        for p in cand_sent:
            if p.dep_ != "prep" or p.lower_ != "including" or p.i in seen:
                continue
            for o in (o for o in p.children if o.dep_ == "pobj"):
                alike = [x for x in excepted if x.lemma_.lower() == o.lemma_.lower() and len(_thing_words(x) & _thing_words(o)) >= 2]
                theirs = alike[0] if alike else None
                if theirs is None:
                    continue
                seen.add(p.i)
                end = o.right_edge.idx + len(o.right_edge.text)
                ref_end = theirs.right_edge.idx + len(theirs.right_edge.text)
                yield ctx.finding(
                    FindingType.POLARITY,
                    Severity.MAJOR,
                    0.7,
                    f"the candidate includes '{ctx.candidate.text[o.idx : end]}'; the reference sets it apart",
                    (p.idx, end),
                    (theirs.head.idx, ref_end),
                    NAME,
                )


def _denied_noun_agreed(said_no: Token, said_yes: Token) -> bool:
    """The 'no' of the denied word is on a noun above it ('no recall of oysters'), and the other sentence denies that
    noun too, by whatever words the parse hung the denial on: the denial is the noun's, agreed, not the word's."""
    if said_no.pos_ not in ("NOUN", "PROPN"):
        return False
    for t in said_no.ancestors:
        if t.pos_ in ("VERB", "AUX"):
            return False
        if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
            lemma = t.lemma_.lower()
            return any(o.lemma_.lower() == lemma and o.i != said_yes.i and denied(o) for o in said_yes.sent)
    return False


def deliberating(verb: Token, child: Token) -> bool:
    """The verb weighs what the child holds: a deliberation predicate with it as complement ('is weighing buying'), or a
    verb with the preposition of weighing ('is looking into selling'; lexicon `deliberation_phrasal`)."""
    lex, lemma = lexicon(), verb.lemma_.lower()
    if child.dep_ == "xcomp" and lemma in lex["deliberation_predicates"]:
        return True
    return child.dep_ == "prep" and child.lower_ in lex["deliberation_phrasal"].get(lemma, ())


def _weigher(tok: Token) -> Token | None:
    """The verb that weighs the word: 'considering' of 'considering switching', 'looked' of 'looked at switching'."""
    if tok.dep_ == "xcomp" and deliberating(tok.head, tok):
        return tok.head
    if tok.dep_ in ("pcomp", "pobj") and tok.head.dep_ == "prep" and deliberating(tok.head.head, tok.head):
        return tok.head.head
    return None


def _weighing_denied(ctx: Context, seen: set[int]) -> Iterator[Finding]:
    """One deed weighed on one side and said not weighed on the other, whatever the verbs of weighing ('had not
    considered switching to electric ovens' / 'had looked at switching to electric ovens')."""
    for ref_sent, cand_sent in sentence_pairs(ctx):
        weighed = {t.lemma_.lower(): t for t in ref_sent if t.pos_ == "VERB" and _weigher(t) is not None}
        for c in cand_sent:
            r = weighed.get(c.lemma_.lower()) if c.pos_ == "VERB" else None
            if r is None or c.i in seen:
                continue
            rw, cw = _weigher(r), _weigher(c)
            if cw is None or rw.lemma_.lower() == cw.lemma_.lower() or denied(rw) == denied(cw):
                continue  # the same verb of weighing is the main check's
            seen.add(c.i)
            said = "weighed" if denied(rw) else "not weighed"
            yield ctx.finding(
                FindingType.POLARITY,
                Severity.CRITICAL,
                0.7,
                f"the candidate says '{c.text}' was {said} where the reference says it was {'not ' if said == 'weighed' else ''}weighed",
                extent(cw),
                extent(rw),
                NAME,
            )


_MUST = frozenset({"need", "have", "require", "oblige"})  # verbs whose infinitive is what must be done ('have to carry')


def _requirements(sent: SpacySpan) -> list[tuple[str, str | None, Token, bool]]:
    """What the sentence says is or is not required: 'must hold a licence to transmit' (required), 'do not need a
    licence', 'no licence is needed to learn' (not required); (noun lemma, what for, the word that says it, denied)."""
    lex = lexicon()
    out = []
    for t in sent:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma in ("need", "require"):
            # 'do not need a licence', 'the post requires a licence'; 'no licence is needed'
            if any(c.dep_ in ("xcomp", "ccomp") for c in t.children):
                continue  # 'require applicants to submit scores': a duty put on them, not a thing required
            for thing in (c for c in t.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"):
                out.append((thing.lemma_.lower(), _what_for(t, thing), t, denied(t) or _stopped(t)))
        elif t.pos_ == "VERB" and lemma in lex["possession_predicates"] and not negated(t):
            # 'must hold a licence', 'have to carry a permit', 'are required to show a pass'
            modal = any(c.dep_ == "aux" and c.lower_ == "must" for c in t.children)
            duty = t.dep_ == "xcomp" and t.head.lemma_.lower() in _MUST and not negated(t.head)
            if modal or duty:
                for thing in (c for c in t.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
                    out.append((thing.lemma_.lower(), _what_for(t, thing), t, False))
    return out


def _stopped(verb: Token) -> bool:
    """'will stop requiring', 'has ceased to need': no longer so."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("stop", "cease", "end")


def _what_for(verb: Token, thing: Token) -> str | None:
    """The deed a requirement is for: the infinitive on its verb or its noun ('need a licence to transmit')."""
    for head in (verb, thing):
        for c in head.children:
            if c.dep_ in ("advcl", "acl", "xcomp") and any(a.lower_ == "to" for a in c.children):
                return c.lemma_.lower()
    return None


def _requirement_turned(ctx: Context, seen: set[int]) -> Iterator[Finding]:
    """A thing the aligned reference sentence requires that the candidate says is not needed, or the other way round
    ('members must hold a licence to transmit' / 'members do not need a licence to transmit'), whatever verb each uses;
    for the same deed where either side names one."""
    for ref_sent, cand_sent in sentence_pairs(ctx):
        theirs, mine = _requirements(ref_sent), _requirements(cand_sent)
        for n, (noun, purpose, c, c_denied) in enumerate(mine):
            if c.i in seen:
                continue
            same = [x for x in theirs if x[0] == noun and x[1] == purpose and purpose is not None]
            if not same:
                # the same thing required as often on each side: the requirements in their order
                kin, own = [x for x in theirs if x[0] == noun], [x for x in mine if x[0] == noun]
                same = [kin[own.index(mine[n])]] if kin and len(kin) == len(own) else []
            if not same or any(x[3] == c_denied for x in same):
                continue
            r = same[0][2]
            if _one_denied_reason(r, c):
                continue  # "'not selling it because I need the money'" / 'selling it not because she needed the money'
            seen.add(c.i)
            said = "is not needed" if c_denied else "is required"
            yield ctx.finding(
                FindingType.POLARITY,
                Severity.CRITICAL,
                0.7,
                f"the candidate says '{noun}' {said} where the reference says it {'is required' if c_denied else 'is not needed'}",
                extent(c),
                extent(r),
                NAME,
            )


def _one_chosen_over_other(r: Token, c: Token) -> bool:
    """The same deed, about the same things, chosen on one side and set aside on the other by 'rather than' or 'instead
    of' ('will retire its oldest jets rather than refit them' / 'rather than retire its oldest jets, will refit them'),
    neither denied."""
    if r.pos_ != "VERB" or c.pos_ != "VERB" or denied(r) or denied(c):
        return False
    return set_aside_before(r) != set_aside_before(c) and bool(_objects(r) & _objects(c))


def _two_words_before(verb: Token) -> tuple[str, str]:
    """The two words right before the verb, its own 'to' or auxiliaries aside ('rather than to raise money'); '' for
    what is not there."""
    doc = verb.doc
    i = verb.i
    while i > 0 and doc[i - 1].head.i == verb.i and doc[i - 1].dep_ in ("aux", "auxpass", "neg"):
        i -= 1
    return (doc[i - 2].lower_ if i >= 2 else "", doc[i - 1].lower_ if i >= 1 else "")


def set_aside_before(verb: Token) -> bool:
    """'rather than' or 'instead of' right before the verb ('rather than to raise money', 'instead of building a new
    road')."""
    return _two_words_before(verb) in (("rather", "than"), ("instead", "of"))


def rather_than_before(verb: Token) -> bool:
    """'rather than' right before the verb ('would add to rather than replace bed nets', 'rather than to raise money'),
    however the parse hangs it."""
    return _two_words_before(verb) == ("rather", "than")


def _setting_aside(tok: Token) -> bool:
    """'instead of', 'rather than', 'without', 'unlike': a phrase that sets aside what it governs."""
    lower = tok.lower_
    beside = [*tok.children, *([tok.head] if tok.head.i != tok.i else [])]  # 'instead' hangs on 'of', or 'of' on it
    return lower in ("instead", "without", "unlike") or (lower in ("of", "than") and any(c.lower_ in ("instead", "rather") for c in beside))


_ARGUMENTS = ("dobj", "attr", "prep", "agent", "pobj", "dative", "oprd")


def _denied_nouns(sent: SpacySpan, besides: set[int] = frozenset(), passive: bool = False) -> tuple[dict[str, Token], set[str]]:
    """The nouns a 'not' denies in the sentence ('not caused by a warm summer', 'the summer, not the trend'), each
    with its token, and the sentence's other nouns: what it affirms. Not a 'not' on the words at `besides`. `passive`:
    a denied passive's subject, where no doer is named, is denied too ('women were never barred')."""
    denied_at: dict[str, Token] = {}
    for neg in (t for t in sent if t.dep_ == "neg" and t.head.i not in besides):
        head = neg.head
        # a verb's complements, not its subject nor a clause joined to it ('... but reflected a trend'); a
        # preposition's object ('not of a trend')
        if head.pos_ in ("VERB", "AUX"):
            scope = [c for c in head.children if c.dep_ in _ARGUMENTS]
            if passive and not any(c.dep_ == "agent" for c in head.children):
                # a passive's subject with no doer named is what the verb is done to: 'women were never barred'
                scope += [c for c in head.children if c.dep_ == "nsubjpass"]
        elif head.i > neg.i:
            scope = [head]  # 'not the weather'
        else:
            scope = [c for c in head.children if c.i > neg.i]  # 'a spring tide, not of a failing sea wall'
        for part in scope:
            for t in part.subtree:
                if t.pos_ == "NOUN" and not t.is_stop:
                    denied_at.setdefault(t.lemma_.lower(), t)
    affirmed = {t.lemma_.lower() for t in sent if t.pos_ == "NOUN" and not t.is_stop} - set(denied_at)
    return denied_at, affirmed


def _contrastive(sent: SpacySpan) -> bool:
    """The sentence sets one thing against another: 'but', 'rather', 'instead', 'whereas', or a 'not' said of a
    noun or a phrase ('the tide, not the wall'), not only of its verb."""
    if any(t.lower_ in ("but", "rather", "instead", "whereas") for t in sent):
        return True
    return any(t.dep_ == "neg" and t.head.pos_ not in ("VERB", "AUX") for t in sent)


def _set_against(sent: SpacySpan, denied_at: dict[str, Token], denied: list[str], affirmed: list[str]) -> bool:
    """A word the sentence denies and one it affirms are said in one clause or in two clauses joined ('was not caused
    by a warm summer but reflected a long-term trend', 'the result of one warm summer, not of a trend'): the two are
    set against each other, not said in two statements apart ('not to approach the monkeys ..., saying the animals
    were not dangerous')."""

    def clause(t: Token) -> Token:
        return next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), t)

    def joined(a: Token, b: Token) -> bool:
        return a.i == b.i or (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i)

    said = [t for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() in affirmed and t.lemma_.lower() not in denied_at]
    return any(joined(clause(denied_at[w]), clause(t)) for w in denied for t in said)


def _contrast_swapped(ctx: Context) -> Iterator[Finding]:
    """Two things contrasted the other way round: the reference denies one and affirms the other ('not caused by a
    single warm summer but reflected a long-term trend'), the aligned candidate sentence denies the second and
    affirms the first ('the result of one warm summer, not of a long-term trend')."""
    for ref_sent, cand_sent in sentence_pairs(ctx):
        ref_denied, ref_affirmed = _denied_nouns(ref_sent, passive=True)
        cand_denied, cand_affirmed = _denied_nouns(cand_sent, passive=True)
        now_denied = [w for w in cand_denied if w in ref_affirmed]
        now_affirmed = [w for w in ref_denied if w in cand_affirmed]
        if not (now_denied and now_affirmed) or set(ref_denied) & set(cand_denied):
            continue
        if not (_contrastive(ref_sent) and _contrastive(cand_sent)):
            continue  # 'the virus does not pass to people through eggs' / 'eating eggs does not pass the virus on': one denial
        if not (
            _set_against(ref_sent, ref_denied, now_affirmed, now_denied) and _set_against(cand_sent, cand_denied, now_denied, now_affirmed)
        ):
            continue  # 'not to approach the monkeys ..., saying the animals were not dangerous': two statements, no contrast
        # the phrase's head noun ('trend' in 'a long-term trend'), whose subtree is the phrase
        c = max((cand_denied[w] for w in now_denied), key=lambda t: len(list(t.subtree)))
        r = max((ref_denied[w] for w in now_affirmed), key=lambda t: len(list(t.subtree)))
        phrase = [t for t in c.subtree if not t.is_punct]
        start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
        ref_phrase = [t for t in r.subtree if not t.is_punct]
        yield ctx.finding(
            FindingType.POLARITY,
            Severity.MAJOR,
            0.7,
            f"the candidate denies '{ctx.candidate.text[start:end]}' and affirms what the reference denies: the contrast"
            " the other way round",
            (start, end),
            (ref_phrase[0].idx, ref_phrase[-1].idx + len(ref_phrase[-1].text)),
            NAME,
        )


def spacy_sentence(doc, sents: list[SpacySpan], index: int) -> SpacySpan | None:
    """The spaCy sentence of an analysed sentence (the analysis drops whitespace-only ones, so match by start)."""
    sentence = doc.sentences[index]
    for s in sents:
        if s.start <= sentence.token_start < s.end:
            return s
    return None


_WHOLE = ("all", "every", "each")


def _clause_span(verb: Token) -> tuple[int, int]:
    """The characters of the verb with its subject before it: 'Every lot found', 'Not all lots found'."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    start = subject.left_edge.idx if subject is not None and subject.i < verb.i else verb.idx
    return start, verb.idx + len(verb.text)


def _clause_start(verb: Token) -> str:
    start, end = _clause_span(verb)
    return verb.doc.text[start:end]


def _said_of_all(verb: Token) -> tuple[bool, str, str] | None:
    """(denied of the whole, subject, object) where the verb is said of all of something ('every lot found a buyer',
    'each of the lots found a buyer') or denied of the whole ('not all lots found buyers', 'not every animal was sold');
    None for anything else, and for 'nearly all', 'almost every' (not the whole)."""
    for s in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        quantifiers = [g for g in s.children if g.dep_ in ("det", "predet") and g.lower_ in _WHOLE]
        whole = s.lower_ in ("everyone", "everybody", "everything", "all", "each") or bool(quantifiers)
        if not whole:
            continue
        if any(a.lower_ in _NEARLY for g in (s, *quantifiers) for a in g.children) or any(t.lower_ in _NEARLY for t in s.subtree):
            return None
        if any(t.lower_ in ("except", "but", "bar", "save") for t in s.subtree):
            return None  # 'every lot except three', 'all but two': not the whole
        not_all = any(g.dep_ == "neg" and g.i < s.i for g in s.children) or any(
            g.lower_ == "not" and g.i + 1 < len(verb.doc) and verb.doc[g.i + 1].lower_ in _WHOLE for g in s.subtree
        )
        if not not_all and denied(verb):
            return None  # 'all the lots were not sold': another reading altogether
        # 'each of the lots', 'all of the lots': the thing is the one after 'of'
        of = [p for c in s.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        thing = of[0].lemma_.lower() if of and s.pos_ != "NOUN" else s.lemma_.lower()
        objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
        return not_all, thing, objects[0] if objects else ""
    return None


_NEARLY = ("nearly", "almost", "virtually", "practically")


def _subject_lemma(tok: Token) -> str | None:
    """The lemmas of the subject of the word's clause, with the words before its noun ('passenger ships' is not
    'container ships'): its own, its copula's, or the verb's above an infinitive without one ('lorries will continue to
    pay': the lorries)."""
    for t in (tok, tok.head, tok.head.head):
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            s = subjects[0]
            return " ".join(w.lemma_.lower() for w in s.doc[s.left_edge.i : s.i + 1] if w.is_alpha and w.pos_ != "DET")
        if t.dep_ not in ("acomp", "xcomp", "ROOT") or t.head.i == t.i:
            break
    return None


def _exempt_against_paying(ctx: Context) -> Iterator[Finding]:
    """'lorries will also be exempt from the toll' where the aligned sentence says 'lorries will continue to pay', or
    the other way round: one subject freed from paying on one side and paying on the other (lexicon `exemption_words`;
    'will no longer be charged for' frees as 'exempt' does, lexicon `charging_predicates`)."""
    exempt, charging = set(lexicon()["exemption_words"]), set(lexicon()["charging_predicates"])

    def charged(t: Token) -> bool:  # 'borrowers will be charged for': they pay
        return t.pos_ == "VERB" and t.lemma_.lower() in charging and any(c.dep_ == "auxpass" for c in t.children)

    def exempted(sent: SpacySpan) -> dict[str, Token]:
        free = [t for t in sent if (t.lower_ in exempt and not denied(t)) or (charged(t) and denied(t))]
        return {s: t for t in free if (s := _subject_lemma(t)) is not None}

    def paying(sent: SpacySpan) -> dict[str, Token]:
        paid = [t for t in sent if ((t.pos_ == "VERB" and t.lemma_.lower() == "pay") or charged(t)) and not denied(t)]
        return {s: t for t in paid if (s := _subject_lemma(t)) is not None}

    for ref_sent, cand_sent in sentence_pairs(ctx):
        ref_free, ref_paid, cand_free, cand_paid = exempted(ref_sent), paying(ref_sent), exempted(cand_sent), paying(cand_sent)
        pairs = [(cand_paid[s], ref_free[s]) for s in cand_paid.keys() & ref_free.keys() if s not in ref_paid]
        pairs += [(cand_free[s], ref_paid[s]) for s in cand_free.keys() & ref_paid.keys() if s not in cand_paid]
        for c, r in pairs[:1]:
            message = f"'{_clause_start(c)}' where the reference has '{_clause_start(r)}': one side has them pay, the other not"
            yield ctx.finding(FindingType.POLARITY, Severity.MAJOR, 0.7, message, _clause_span(c), _clause_span(r), NAME)
            return


def _none_doing(verb: Token) -> str | None:
    """The object lemma (or '') where the verb is denied of every one by its subject ('none will lose their job',
    'nobody lost a job', 'no worker will lose a job'); None for anything else."""
    for s in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if s.lower_ in ("none", "nobody", "noone") or any(g.dep_ == "det" and g.lower_ == "no" for g in s.children):
            if any(c.dep_ == "neg" for c in verb.children):
                return None  # 'none will not ...': no plain denial
            objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
            return objects[0] if objects else ""
    return None


def _none_against_not_all(ctx: Context) -> Iterator[Finding]:
    """'none will lose their job' (all keep it) where the aligned sentence says 'not all of them will keep their jobs'
    (some lose it), or the other way round: the opposite verb of the same object, denied of the whole on one side and
    of every one on the other; or the same verb ('Not all of the huts can be repaired' / 'None of the huts can be
    repaired': some against none)."""
    for c in (t for t in ctx.candidate.doc if t.pos_ in ("VERB", "AUX")):
        c_all, c_none = _said_of_all(c), _none_doing(c)
        if not (c_all and c_all[0]) and c_none is None:
            continue
        refs = ctx.refs_for(ctx.candidate.sentence_at(c.idx))
        for n in refs:
            sent = ctx.reference.sentences[n]
            for r in ctx.reference.doc[sent.token_start : sent.token_end]:
                same = r.lemma_.lower() == c.lemma_.lower() and r.pos_ == "VERB"
                if r.pos_ not in ("VERB", "AUX") or not (same or opposite(r.lemma_.lower(), c.lemma_.lower())):
                    continue
                r_all, r_none = _said_of_all(r), _none_doing(r)
                not_all_against_none = bool(c_all and c_all[0]) and r_none is not None and r_none in (c_all[2], "")
                none_against_not_all = c_none is not None and bool(r_all and r_all[0]) and c_none in (r_all[2], "")
                if not (not_all_against_none or none_against_not_all):
                    continue
                yield ctx.finding(
                    FindingType.POLARITY,
                    Severity.CRITICAL,
                    0.7,
                    f"'{_clause_start(c)}' where the reference has '{_clause_start(r)}': "
                    + (
                        "none on one side, not all on the other"
                        if same
                        else "the opposite deed, denied of every one on one side and of the whole on the other"
                    ),
                    _clause_span(c),
                    _clause_span(r),
                    NAME,
                )
                return


def _not_all(ctx: Context) -> Iterator[Finding]:
    """A verb said of the whole where the reference denies it of the whole, or the other way round ('Every lot found a
    buyer' / 'Not all lots found buyers'), anywhere in the reference (a summary joins facts of several sentences): the
    same verb of the same thing, with the same object or none; not where the reference also says it the candidate's way
    ('every candidate answered the first question; not every candidate answered the second')."""
    ref = [(t, _said_of_all(t)) for t in ctx.reference.doc if t.pos_ in ("VERB", "AUX")]
    ref = [(t, x) for t, x in ref if x is not None]
    if not ref:
        return
    for c in (t for t in ctx.candidate.doc if t.pos_ in ("VERB", "AUX")):
        mine = _said_of_all(c)
        if mine is None:
            continue
        same = [(r, theirs) for r, theirs in ref if r.lemma_.lower() == c.lemma_.lower() and theirs[1:] == mine[1:]]
        if any(theirs[0] == mine[0] for _, theirs in same):
            continue
        for r, _ in same[:1]:
            said, other = ("denies", "says") if mine[0] else ("says", "denies")
            yield ctx.finding(
                FindingType.POLARITY,
                Severity.CRITICAL,
                0.8,
                f"'{_clause_start(c)}' {said} of all what the reference {other} of all ('{_clause_start(r)}')",
                _clause_span(c),
                _clause_span(r),
                NAME,
            )


_PRESENCE_VERBS = frozenset({"be", "remain", "stay", "find", "leave", "keep"})


def _places_of(verb: Token) -> set[str]:
    """The nouns a clause puts something in or takes it from ('in its cabinet', 'missing from its tower'), and 'place'
    for 'in place' or 'intact'."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "dobj", "nsubj", "nsubjpass"))]
    out = {
        o.lemma_.lower()
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in ("in", "on", "inside", "from", "at")
        for o in p.children
        if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")  # a place, not a time ('in March')
    }
    if any(c.lower_ == "intact" for h in heads for c in h.children):
        out.add("place")
    return out


def _present(noun: Token) -> set[str]:
    """Where a clause says the thing still is ('the clock was still in its tower', 'found the clock in its tower', 'the
    hammer was still in place'): the places, or an empty set where it says no such thing."""
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.pos_ == "ADP" and verb.lower_ in ("in", "on", "inside", "at"):
        # ('found the bell still in its frame', which the parse reads as a small clause headed by 'in')
        above = verb.head
        if above.lemma_.lower() not in _PRESENCE_VERBS or denied(above):
            return set()
        return {o.lemma_.lower() for o in verb.children if o.dep_ == "pobj"}
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.lemma_.lower() not in _PRESENCE_VERBS or denied(verb):
        return set()
    if any(c.lower_ in _ABSENT for h in (verb, *verb.children) for c in (h, *h.children)):
        return set()
    if any(c.dep_ in ("attr", "xcomp", "ccomp") for c in verb.children):
        return set()  # 'will be the first to shut': what the thing is, not where
    return _places_of(verb)


def _presence_span(noun: Token) -> tuple[int, int]:
    """From the noun (or its verb, where that comes first) to the end of the verb's place phrase or the verb itself:
    'the clock still in its tower', 'its emergency exit hammer had been removed'."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), noun)
    parts = [noun, verb, *(t for p in (*verb.children, *noun.children) if p.dep_ == "prep" and p.i > noun.i for t in p.subtree)]
    parts += [c for c in verb.children if c.dep_ in ("aux", "auxpass", "acomp", "advmod") and c.i > min(noun.i, verb.i)]
    parts += list(noun.subtree)
    return min(t.idx for t in parts), max(t.idx + len(t.text) for t in parts)


def _place_nouns(place: Token) -> set[str]:
    """A place's noun and the words it is named with ('the intensive care unit': unit, care, intensive)."""
    return {fold(t.lemma_) for t in place.subtree if t.i == place.i or (t.i < place.i and t.dep_ in ("compound", "amod"))}


def _where_present(noun: Token) -> set[str]:
    """The words of the places a clause says the thing is in now ('remains in the intensive care unit'; not 'remained in
    intensive care for a week')."""
    if not _present(noun) or noun.head.tag_ not in ("VBZ", "VBP"):
        return set()
    verb = noun.head
    places = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "inside", "at") for o in p.children if o.dep_ == "pobj"]
    return {w for o in places for w in _place_nouns(o)}


def _moved_out_of(noun: Token) -> set[str]:
    """The nouns of the place a clause has the thing moved out of ('has been moved out of intensive care', 'was taken out
    of the ward'), said of it as its subject, not denied: an empty set where it says no such thing."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB" or denied(verb):
        return set()
    # (told as done: 'has been moved out', 'was moved out'; not 'could be moved out within days', 'will be moved out')
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    done = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.lemma_.lower() in ("have", "be") and a.tag_ != "VB" for a in auxiliaries))
    if not done or any(a.tag_ == "MD" for a in auxiliaries):
        return set()
    outs = [p for p in verb.children if p.lower_ == "out" and p.dep_ in ("prep", "prt", "advmod")]
    ofs = [q for p in outs for q in (*p.children, *verb.children) if q.dep_ == "prep" and q.lower_ == "of"]
    return {w for q in ofs for o in q.children if o.dep_ == "pobj" for w in _place_nouns(o)}


def _presence_turned(ctx: Context, seen: set[int]) -> Iterator[Finding]:
    """A thing gone on one side ('was missing from its cabinet', 'had been removed') and still there on the other ('was
    in its cabinet', 'was still in place'), said of the same noun in aligned sentences, at the same place or 'in place'."""
    for ref_sent, cand_sent in sentence_pairs(ctx, near=NEAR):
        for r in ref_sent:
            if r.pos_ != "NOUN":
                continue
            for c in cand_sent:
                if c.pos_ != "NOUN" or c.lemma_.lower() != r.lemma_.lower() or c.i in seen:
                    continue
                counts = [{n.lower_ for n in t.children if n.dep_ == "nummod"} for t in (r, c)]
                if all(counts) and counts[0] != counts[1]:
                    continue  # 'removed 3.7 tonnes' / 'at least 20 tonnes are still on the reefs': two amounts, two parts
                for gone, there, turned in ((r, c, "still there"), (c, r, "gone")):
                    # ('The man remains in the intensive care unit' / 'The man has been moved out of intensive care')
                    out_of = _moved_out_of(gone)
                    if out_of and out_of <= _where_present(there):
                        seen.add(c.i)
                        message = f"the candidate has '{c.text}' {turned}; the reference has it the other way round"
                        yield ctx.finding(FindingType.POLARITY, Severity.MAJOR, 0.6, message, _presence_span(c), _presence_span(r), NAME)
                        break
                    if not _lost(gone):
                        continue
                    places = _present(there)
                    where = _places_of(next((a for a in gone.ancestors if a.pos_ in ("VERB", "AUX")), gone))
                    if places and ("place" in places or places & where):
                        seen.add(c.i)
                        message = f"the candidate has '{c.text}' {turned}; the reference has it the other way round"
                        yield ctx.finding(FindingType.POLARITY, Severity.MAJOR, 0.6, message, _presence_span(c), _presence_span(r), NAME)
                        break
