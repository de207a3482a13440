"""Modality: a belief, estimate, possibility or allegation turned into a plain fact, or a fact hedged.

A word of the reference's sentence and the same word (or a WordNet paraphrase in the same place) in the aligned
candidate sentence: where the reference leaves it open ('may slow', 'were likely to be cancelled', 'is
considering extending', 'a suspected outbreak') and the candidate does not ('slows', 'would cancel', 'has decided
to extend', 'an outbreak'), the candidate states as fact what the reference does not know. The other way round
(the candidate hedges a fact) is minor: it claims less.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from factdiff.analyse import units
from factdiff.analyse.claims import hearsay, negated, not_required, paratactic, word_lists
from factdiff.analyse.knowledge import lexicon
from factdiff.analyse.lexical import direction, first_sense_synonyms, noun_verbs, paraphrase, phrasal_forms, senses, synonym, verb_lemma
from factdiff.checks.base import Context
from factdiff.checks.polarity import (
    deliberating,
    denied,
    first_time,
    for_a_length,
    no_evidence_for,
    one_verb_pairs,
    rather_than_before,
    sentence_pairs,
    subject_words,
)
from factdiff.model import Finding, FindingType, Severity

NAME = "modality"
# a hedge passes down only into a clause that completes the hedged one ('may decide to sell', 'expects that
# prices will rise'): not into 'X, and Y', nor a relative or adverbial clause ('may close after it lost money')
_OPEN_RELATIONS = {"xcomp", "ccomp", "pcomp"}


_LIKELIHOOD = frozenset({"likelihood", "probability"})


def _in_all_likelihood(prep: Token) -> bool:
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_.lower() in _LIKELIHOOD for o in prep.children)


def _own_hedges(tok: Token) -> list[str]:
    lex = word_lists()
    out = []
    if tok.lower_ == "ought":
        out.append(tok.lower_)  # 'it ought to be made permanent': what should be
    for c in tok.children:
        if c.dep_ == "aux" and c.lower_ == "could" and any(n.dep_ == "neg" for n in tok.children) and tok.lemma_.lower() in lex["speech"]:
            continue  # 'could not say', 'could not confirm': what someone was unable to tell, a fact
        if c.dep_ == "aux" and c.lower_ == "would" and any(h.dep_ == "aux" and h.lower_ == "have" and h.i > c.i for h in tok.children):
            out.append("would have")  # 'would have been better spent': what did not happen, no fact (a counterfactual)
        elif c.dep_ == "aux" and c.lower_ == "would" and any(h.dep_ == "advmod" and h.lower_ in ("better", "best") for h in tok.children):
            out.append("would better")  # 'would be better spent on': advice, as 'should be spent on' is
        elif c.dep_ == "aux" and c.lower_ in lex["hedge_modal"] and c.tag_ != "NNP" and tok.tag_ != "VBD":
            # (not the month: 'on 3 May destroyed', 'May brought record rain': no modal comes before a past tense)
            if c.lower_ == "should" and any(s.dep_ in ("nsubj", "nsubjpass") and s.i > c.i for s in tok.children):
                continue  # 'should he win': a condition ('if he wins'), said before its subject, not a hedge
            if _purpose(tok):
                continue  # 'grants so they could repair their roofs': what something is for, not a possibility
            out.append(c.lower_)
        elif c.dep_ == "aux" and c.lower_ == "can" and _consequence(tok):
            out.append(c.lower_)  # 'breaking the rule can lead to a fine': what may follow, not what will
        elif c.dep_ == "advmod" and c.lower_ in lex["hedge_adv"]:
            out.append(c.lower_)
        elif _in_all_likelihood(c):
            out.append(f"in {' '.join(t.lower_ for t in list(c.subtree)[1:])}")  # 'in all likelihood', 'in all probability'
        elif c.dep_ == "acomp" and tok.lemma_ == "be" and _hedging_adjective(c) and not _governs_clause(c):
            out.append(c.lower_)  # 'further arrests were possible': the copula says it is open
        elif c.dep_ == "mark" and c.lower_ == "whether" and _infinitive(tok) and not _or_not(c):
            out.append(c.lower_)  # 'is studying whether to use it': a decision not taken, not a statement
        elif c.dep_ == "mark" and c.lower_ == "whether" and tok.dep_ in ("ccomp", "csubj", "csubjpass") and not _or_not(c):
            out.append(c.lower_)  # 'whether any cases have been missed cannot be determined': a question, not a statement
        elif (
            c.dep_ == "amod" and tok.pos_ in ("NOUN", "PROPN") and (c.lower_ in lex["hedge_adj"] or _believed(c)) and not _governs_clause(c)
        ):
            # (not one with a clause of its own, 'a system likely to cut waiting times': the clause is what is likely)
            out.append(c.lower_)  # 'a suspected outbreak', 'possible disruption', 'a projected cost'
    for subject in (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")):
        # ('the thieves in all probability got in': the parse hangs the phrase on the subject)
        near = [p for p in subject.subtree if _in_all_likelihood(p) and (p.head.i == subject.i or p.right_edge.i == tok.i - 1)]
        out += [f"in {' '.join(t.lower_ for t in list(p.subtree)[1:])}" for p in near]
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if (
        before is not None
        and before.dep_ == "advmod"
        and before.lower_ in lex["hedge_adv"]
        and before.head.dep_ in ("csubj", "csubjpass")
        and before.head.head.i == tok.i
    ):
        out.append(before.lower_)  # 'whoever took them most likely had a van': the parse hung the adverb on the subject's verb
    return out


def _consequence(verb: Token) -> bool:
    """A verb of what follows from something (lexicon `consequence_predicates`: 'lead to', 'result in', 'cause'), or one
    whose subject is itself a deed ('Breaking the rule can cost you your licence'): 'can' says it may happen."""
    return verb.lemma_.lower() in lexicon()["consequence_predicates"] or any(c.dep_ in ("csubj", "csubjpass") for c in verb.children)


def _asked_to_act(verb: Token, clause: Token) -> bool:
    """What a verb of asking asks for: an infinitive after someone asked ('urged other firms to follow', 'called on the
    state to pay', 'were urged to leave', 'wants to expand') or a 'that' clause in the subjunctive ('proposed that each
    district start'); not a notice ('are advised that the train has been cancelled'), a question ('asked why') or a
    verb of telling or knowing ('called to say', 'demanded to know', 'wish to inform')."""
    lemma = clause.lemma_.lower()
    # (but a verb of saying with a thing for its object is a deed: 'asked the state to declare an emergency')
    act = any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in clause.children) and not any(
        c.dep_ == "ccomp" for c in clause.children
    )
    if (lemma in word_lists()["speech"] and not act) or lemma in lexicon()["knowing_predicates"]:
        return False
    if clause.dep_ == "ccomp":
        bare = not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
        subjunctive = clause.tag_ == "VB" and bare
        # 'wants homes hit by night flights included': a wish for a thing done, in a participle with no verb of its own
        wished_done = clause.tag_ == "VBN" and bare and _wishing(verb)
        return subjunctive or wished_done or any(c.dep_ == "aux" and c.lower_ == "should" for c in clause.children)
    if clause.dep_ != "xcomp":
        return False
    # (someone asked: an object, a passive subject, or a passive that shares its subject with a verb before it:
    # 'Customers should not open them and are asked to seal them')
    asked = any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children
    )
    return asked or verb.lemma_.lower() in ("want", "wish")


def _only_asked(tok: Token, said: list[str]) -> bool:
    """Every hedge over the word is a verb of asking above it ('urged', 'has asked')."""
    asking = set(lexicon()["directive_predicates"])
    above = {a.lower_ for a in tok.ancestors if a.lemma_.lower() in asking}
    return bool(said) and all(h in above for h in said)


def _asked_for(tok: Token) -> bool:
    """The word is the deed a verb of asking asks for, hung on it directly ('urged them to stay'; 'pressed for the organ
    to remain', the parse's clause with 'for' and 'to'; lexicon `directive_predicates`); not a deed of another clause
    under it ('asked for a review, saying the statue will stay')."""
    asking = set(lexicon()["directive_predicates"])
    head = tok.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in asking or head.i == tok.i:
        return False
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if tok.dep_ == "xcomp" and to:
        return True
    return tok.dep_ == "advcl" and to and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)


def _means_of(tok: Token) -> Token:
    """The verb a gerund tells the means of ('can be given by calling 101' -> 'given'), else the word itself."""
    if tok.dep_ == "pcomp" and tok.head.dep_ in ("agent", "prep") and tok.head.lower_ == "by" and tok.head.head.pos_ in ("VERB", "AUX"):
        return tok.head.head
    return tok


def _governed(tok: Token) -> bool:
    """The word completes or depends on another verb ('petitioned the ministry to declare', 'pointing out that'), not a
    statement of its own: a request told as done is a main clause ('the ministry declared')."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "acl", "relcl") and tok.head.pos_ in ("VERB", "AUX", "NOUN")


def _believed(tok: Token) -> bool:
    """A past participle of a verb of reckoning before a noun ('a projected cost', 'the predicted rise', 'an expected
    loss'): what someone reckons it is; not 'a considered review' or 'a suggested route' (lexicon `hearsay_passives`,
    the verbs whose passive passes a reckoning on)."""
    lemma = tok.lemma_.lower()
    return tok.tag_ == "VBN" and lemma in word_lists()["belief"] and lemma in lexicon()["hearsay_passives"]


def _purpose(tok: Token) -> bool:
    """A clause of purpose: 'so (that) they could', 'in order that it may'."""
    for m in (c for c in tok.children if c.dep_ == "mark"):
        before = tok.doc[m.i - 1].lower_ if m.i else ""
        if m.lower_ == "so" or (m.lower_ == "that" and before in ("so", "order")):
            return True
    return False


_CHANCE_ADJECTIVES = frozenset({"possible", "likely", "potential", "probable"})


_FIRST_SIGNS = frozenset({"early", "initial", "first", "preliminary"})


def hedges(tok: Token) -> list[str]:
    """What leaves the word's statement open: its own modal, hedge adverb or adjective, and those of the clauses
    above it ('expects X to carry', 'is likely to be cancelled', 'could begin')."""
    lex = word_lists()
    out = _own_hedges(tok)
    first = _first_conjunct(tok)
    if first is not None:
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        # (a bare 'be' is no auxiliary of its own: 'is expected to get under way in June and be finished by 2026')
        if not any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" and not (c.lower_ == "be" and c.tag_ == "VB") for c in tok.children):
            # 'should head for higher ground rather than wait': joined verbs share their auxiliary; so do passives
            # with the auxiliary left out ('cargoes may be seized and importers fined')
            gapped = subject and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in first.children)
            # (a finite verb takes no modal: 'said eggs could be laid within a fortnight but cautioned that ...')
            finite = tok.tag_ in ("VBD", "VBZ", "VBP")
            if (not subject or gapped) and not finite:
                out += [h for h in _own_hedges(first) if h in lex["hedge_modal"]]
            # 'is expected to halve X and to reduce Y': what is above the first verb is above the second; not a verb
            # of saying or belief ('estimates that clearing it cost ... and said ...': the party's own second deed), nor
            # one set aside ('asked to send a photograph rather than keep the ducks')
            reporting = tok.lemma_.lower() in lex["speech"] or tok.lemma_.lower() in lex["belief"]
            aside = any(c.dep_ == "cc" and c.lower_ in ("than", "instead") for c in tok.children) or rather_than_before(tok)
            if not subject and not reporting and not aside:
                out += hedges(first)[len(_own_hedges(first)) :]
    wish = _wish_over_participle(tok)
    if wish is not None:
        out.append(wish.lower_)  # 'wants homes hit by night flights included', parsed as if the flights were included
    if tok.dep_ == "csubjpass" and tok.head.lemma_.lower() in lex["belief"] and any(c.dep_ == "xcomp" for c in tok.head.children):
        out.append(tok.head.lower_)  # 'peeling paint is thought to be the cause': what is thought of the subject
    if tok.dep_ == "csubj" and tok.tag_ == "VBG" and not any(c.dep_ == "neg" for c in tok.head.children):
        # 'moving to five-day deliveries could save £1m', as 'could save £1m by moving': the modal over the gerund's verb
        # (not a rule's 'may not': 'digging tools may not exceed 15 cm', a gerund only to the parse)
        out += [h for h in _own_hedges(tok.head) if h in lex["hedge_modal"] or h == "can"]  # ('can lead to a fine')
    if tok.dep_ == "oprd":
        # 'could be left stranded': the state its verb's modal leaves open; not 'considered it excellent news', an
        # opinion the verb reports
        out += [h for h in hedges(tok.head) if h in lex["hedge_modal"]]
    if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and tok.head.lemma_ == "be":
        # 'further arrests were possible', 'a strike is likely': the copula's adjective leaves its subject open; of a
        # gerund, only a likelihood ('eradicating it is unlikely'): 'paying by card is possible' says it can be done
        adjectives = [c for c in tok.head.children if c.dep_ == "acomp" and _hedging_adjective(c) and not _governs_clause(c)]
        out += [c.lower_ for c in adjectives if tok.dep_ != "csubj" or c.lower_ not in ("possible", "impossible")]
    if tok.lemma_ == "be" and tok.pos_ == "AUX":
        # the copula of 'is likely to miss three weeks': what its adjective leaves open is the copula's statement too
        adjectives = [c for c in tok.children if c.dep_ == "acomp" and _hedging_adjective(c)]
        out += [c.lower_ for c in adjectives if any(k.dep_ == "xcomp" for k in c.children)]
    tentative = lexicon()["tentative_evidence_nouns"]
    # (a sign said of a clause is tentative where it is an early one: 'initial signs that the fire began in the kitchen';
    # 'a clear sign that the eradication had worked' is the speaker's conclusion, 'signs banning camping' a notice)
    told = [c for c in tok.head.children if c.dep_ == "nsubj" and c.lemma_.lower() in tentative] if tok.dep_ == "ccomp" else []
    if (
        told
        and tok.head.lemma_ == "be"
        and not any(c.dep_ in ("neg", "det") and c.lower_ in ("not", "no") for t in (tok.head, *told) for c in t.children)
    ):
        out.append(told[0].lower_)  # 'early indications were that the boy had got into difficulty': what the signs point to
    # ('was a good sign they were settling in': with or without 'that', which the parse may hang on the predicate noun
    # as a relative clause; not one on another noun, 'the signs they put up')
    whole = tok.dep_ == "relcl" and tok.head.dep_ == "attr" and not any(c.tag_ in ("WDT", "WP") for c in tok.children)
    if (
        (tok.dep_ in ("acl", "ccomp") or whole)
        and tok.pos_ in ("VERB", "AUX")
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and tok.head.lemma_.lower() in tentative
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        and any(c.dep_ == "amod" and c.lower_ in _FIRST_SIGNS for c in tok.head.children)
    ):
        out.append(tok.head.lower_)  # 'there were early signs that the boy had got into difficulty'
    if tok.dep_ in ("csubj", "csubjpass") and tok.head.lemma_.lower() in lexicon()["deliberation_predicates"]:
        out.append(tok.head.lower_)  # 'extending the curfew is being discussed': a matter still weighed
    # (a gerund subject the parse took for a clause of its own: 'Reopening part of it ... is under consideration')
    gerund = (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and tok.i < tok.head.i
        and not any(c.dep_ in ("nsubj", "csubj") for c in tok.head.children)
    )
    if (tok.dep_ == "csubj" or gerund) and tok.pos_ == "VERB" and tok.head.lemma_ == "be":
        # 'reopening it is under consideration': a deed still weighed, as 'is considering reopening it' says
        weighed = [
            o
            for p in tok.head.children
            if p.dep_ == "prep" and p.lower_ == "under"
            for o in p.children
            if o.dep_ == "pobj" and set(noun_verbs(o.lemma_.lower())) & set(lexicon()["deliberation_predicates"])
        ]
        out += [f"under {o.lower_}" for o in weighed]
    if tok.lemma_.lower() in lexicon()["permission_predicates"] and any(c.dep_ == "xcomp" for c in tok.children):
        out.append(tok.lower_)  # 'is allowed to draw', which says what 'may take' says of a permission
    if tok.dep_ in ("csubj", "csubjpass") and tok.head.lemma_.lower() in lexicon()["permission_predicates"]:
        out.append(tok.head.lower_)  # 'using dry wood will still be allowed': 'dry wood may still be used'
    # ('more fragments might lie scattered': the parse hangs 'might' on 'lie', which it takes for the auxiliary)
    out += [
        m.lower_
        for a in tok.children
        if a.dep_ in ("aux", "auxpass")
        for m in a.children
        if m.dep_ == "aux" and m.lower_ in lex["hedge_modal"]
    ]
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lexicon()["undergoing_predicates"]:
        # 'face possible fines of £50', as 'could be fined £50': the chance said of what befalls the subject
        out += [
            a.lower_ for o in tok.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "amod" and a.lower_ in _CHANCE_ADJECTIVES
        ]
    out += _leave_given(tok)
    expecting = _expected_past_relative(tok)
    if expecting is not None:
        out.append(expecting.lower_)
    after = _belief_after(tok)
    if after is not None:
        out.append(after.lower_)  # 'most were sold to collectors, investigators believe'
    child, nominal = tok, False
    for head in tok.ancestors:
        # through the noun a clause completes: 'is expected to give him the task of forming a government'
        through_noun = child.dep_ == "prep" and nominal or child.dep_ in ("dobj", "attr") and nominal and head.pos_ == "VERB"
        # what a copula says: 'what is thought to be a broken wrist' hedges the wrist
        copular = child.dep_ in ("attr", "acomp") and head.lemma_ == "be"
        # 'may be required to carry', where the parse makes the infinitive a clause of purpose on the passive verb
        passive_infinitive = (
            child.dep_ == "advcl"
            and _infinitive(child)
            and any(c.dep_ == "auxpass" for c in head.children)
            and head.lemma_.lower() in lexicon()["obligation_predicates"]
        )
        # 'has the power to issue a fine', 'the right to appeal': what may be done, as 'could issue' says
        ability_noun = child.dep_ == "acl" and _infinitive(child) and head.pos_ == "NOUN"
        ability_noun = ability_noun and head.lemma_.lower() in lexicon()["ability_nouns"]
        # (not one used: 'exercised their right to appeal' says they appealed)
        ability_noun = ability_noun and head.head.lemma_.lower() not in lexicon()["ability_used_predicates"]
        open_relation = child.dep_ in _OPEN_RELATIONS or through_noun or copular or passive_infinitive or _phrasal_gerund(child)
        mistagged = child.dep_ == "acl" and head.dep_ == "ROOT" and head.tag_ == "NNS" and head.lemma_.lower() in lex["belief"]
        open_relation = open_relation or ability_noun or mistagged or _get_passive(child, head)
        # 'made it possible to deliver', where the parse makes the infinitive a clause of purpose on the adjective
        open_relation = open_relation or (child.dep_ == "advcl" and _infinitive(child) and _hedging_adjective(head))
        if not open_relation or paratactic(tok.doc, child.i, head.i) or _not_its_content(child, head):
            break
        if child.dep_ == "prep" and child.lower_ == "that":
            break  # a noun's content clause the parse opened with 'that' as a preposition: 'ignored evidence that the
            # drug works' says what the evidence shows, which no one merely believes
        nominal = child.dep_ == "pcomp" or (child.dep_ == "prep" and nominal)
        # (or a verb of belief the tagger took for a plural noun at the root: 'The cooperative anticipates paying')
        verb_like = head.pos_ == "VERB" or (head.dep_ == "ROOT" and head.tag_ == "NNS" and child.dep_ in ("acl", "xcomp"))
        # (or a verb of belief taken for a noun at the root with a subject and a clause: 'Traders fear that the system will')
        verb_like = verb_like or (
            head.dep_ == "ROOT" and head.pos_ == "NOUN" and child.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in head.children)
        )
        if (verb_like and head.lemma_.lower() in lex["belief"]) or _hedging_adjective(head):
            out.append(head.lower_)
        elif (
            child.dep_ == "ccomp"
            and head.pos_ == "VERB"
            and head.lemma_.lower() in _WISHES
            and not denied(head)
            and not _across_semicolon(head, child)
        ):
            out.append(head.lower_)  # 'a system that officials hope will reduce accidents': hoped for, not done
        elif child.dep_ == "ccomp" and head.pos_ == "VERB" and head.lemma_.lower() in lexicon()["apprehension_predicates"]:
            out.append(head.lower_)  # 'worry that the tower will block the light': feared, as 'fear that' says
        elif child.dep_ == "xcomp" and hearsay(head):
            out.append(head.lower_)  # 'the parts are said to have been sold on'
        elif child.dep_ == "xcomp" and head.lower_ in lexicon()["permission_adjectives"] and not _said_of_its_object(child):
            out.append(head.lower_)  # 'is free to file a new application', as 'may submit' says it
        elif head.pos_ == "VERB" and deliberating(head, child):
            out.append(head.lower_)  # 'is weighing up buying eggs', 'is looking into selling': a matter still weighed
        elif child.dep_ in ("xcomp", "ccomp") and head.pos_ == "VERB" and head.lemma_.lower() in lexicon()["permission_predicates"]:
            out.append(head.lower_)  # 'is allowed to keep mining', said of 'mining' too
        elif child.dep_ == "xcomp" and _gives_leave(head):
            out.append(head.lower_)  # 'is licensed to sell', 'has been cleared to build', as 'is allowed to'
        elif head.pos_ == "VERB" and head.lemma_.lower() in lexicon()["directive_predicates"] and _asked_to_act(head, child):
            out.append(head.lower_)  # 'urging other firms to follow': wanted, as 'other firms should follow' says
        elif ability_noun:
            out.append(head.lower_)
        elif (
            (head.pos_ == "ADJ" or head.dep_ == "acomp")
            and head.lower_ in lexicon()["apprehension_adjectives"]
            and child.dep_ in ("prep", "ccomp", "xcomp")
        ):
            # (the tagger may take 'worried' after 'are' for a participle: 'are worried the restrictions will cost')
            out.append(head.lower_)  # 'are worried about losing footfall': feared, as 'fear the move will reduce footfall' says
        elif head.pos_ == "NOUN" and head.lemma_.lower() in lexicon()["possibility_nouns"]:
            out.append(head.lower_)  # 'at risk of falling', 'the prospect of a strike': what may happen
        elif head.pos_ == "NOUN" and child.lower_ == "of" and _on_belief(head):
            out.append(head.lower_)  # 'on suspicion of selling', as 'suspected of selling' says it
        elif head.lower_ in lexicon()["ability_adjectives"] and _past_copula(head):
            pass  # 'were able to place bets': what they managed to do, a fact
        elif head.lower_ in lex["hedge_modal"] or head.lower_ in lexicon()["ability_adjectives"]:
            out.append(head.lower_)  # 'ought to reinforce', 'is capable of detecting'
        out += _own_hedges(head)
        child = head
    # 'is weighing plans to pedestrianise the street': the deed of a plan that is itself still weighed
    plan = tok.head
    if tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and plan.pos_ == "NOUN":
        weigher = plan.head
        intent = plan.lemma_.lower() in word_lists()["intention"] or bool(set(noun_verbs(plan.lemma_.lower())) & word_lists()["intention"])
        if intent and plan.dep_ == "dobj" and weigher.lemma_.lower() in lexicon()["deliberation_predicates"]:
            out.append(weigher.lower_)
    return out


def _on_belief(noun: Token) -> bool:
    """A noun of belief after 'on' or 'under' ('on suspicion of', 'under suspicion of'): what it is of is believed."""
    after = noun.dep_ == "pobj" and noun.head.lower_ in ("on", "under")
    return after and bool(set(noun_verbs(noun.lemma_.lower())) & set(lexicon()["belief_predicates"]))


def _judged_undone(hedged: Token, plain: Token) -> bool:
    """'should have come', 'ought to have been told': what was due and, it is said, not done in time; the other side
    states it as fact only where it tells that deed itself ('the ban came years ago'), not another statement of it."""
    perfect = any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in hedged.children)
    # (a copula, an adjective or a noun of it: 'was years overdue', 'a long-overdue ban'; any other verb may tell the deed)
    return perfect and (plain.lemma_.lower() == "be" or plain.pos_ in ("ADJ", "NOUN")) and hedged.lemma_.lower() != "be"


def _across_semicolon(a: Token, b: Token) -> bool:
    """A semicolon between the two words: 'hopes the attraction will reopen; its café stays open' hopes nothing of the café."""
    return any(t.text == ";" for t in a.doc[min(a.i, b.i) : max(a.i, b.i)])


def _belief_after(tok: Token) -> Token | None:
    """A verb of belief told after the clause, set off by a comma, with nothing of its own to believe ('most were sold
    to collectors, investigators believe'), which the parse may hang anywhere; None where there is none."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    sent = tok.sent
    for b in sent:
        if b.i <= tok.i or b.pos_ != "VERB" or b.lemma_.lower() not in word_lists()["belief"]:
            continue
        if any(c.dep_ in ("ccomp", "xcomp", "dobj", "neg") for c in b.children):
            continue
        subject = [c for c in b.children if c.dep_ == "nsubj"]
        if not subject or subject[0].left_edge.i < 1 or tok.doc[subject[0].left_edge.i - 1].text != ",":
            continue
        between = tok.doc[tok.i + 1 : subject[0].left_edge.i]
        other_clause = any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj") for t in between)
        if not other_clause and not any(t.text in (";", ":", ".") for t in between):
            return b
    return None


def _not_its_content(child: Token, head: Token) -> bool:
    """A clause the parse hangs under a verb of saying or belief that is not what is said or believed: the reporting
    verb told after its clause ('the machine allows X, the head of department explained', parsed as 'allows' over
    'explained'), or a verb of belief that has its own infinitive ('trees, some thought to be 150 years old, were cut
    down': 'some' are thought old, not the cutting)."""
    if child.dep_ != "ccomp":
        return False
    lex = word_lists()
    if head.lemma_.lower() in lex["belief"] and any(c.dep_ == "xcomp" for c in head.children):
        return True
    reporting = child.lemma_.lower() in lex["speech"] or child.lemma_.lower() in lex["belief"]
    subject = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
    told_after = (
        reporting
        and child.i > head.i
        and bool(subject)
        and subject[0].left_edge.i > 0
        and child.doc[subject[0].left_edge.i - 1].text == ","
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in child.children)
    )
    return told_after


def _expected_past_relative(tok: Token) -> Token | None:
    """The verb of belief over an infinitive that a relative clause set off by commas parts from its object ('expects
    waiting times, which now stand at six weeks, to drop', parsed as a clause on 'stand'); None where there is none."""
    if tok.dep_ != "advcl" or not _infinitive(tok) or tok.head.dep_ != "relcl":
        return None
    if tok.left_edge.i < 1 or tok.doc[tok.left_edge.i - 1].text != ",":
        return None
    noun = tok.head.head
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in word_lists()["belief"]:
        if not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            return verb
    return None


def _wish_over_participle(tok: Token) -> Token | None:
    """The verb of wanting whose object a bare participle ends ('wants homes affected by night flights included', 'wished
    the records kept'), where the parse hangs the participle on the object's last noun: what is wanted done, not done;
    None where there is none."""
    if tok.tag_ != "VBN" or tok.dep_ != "acl" or any(c.dep_ != "advmod" or c.lower_ not in ("too", "also") for c in tok.children):
        return None
    noun = tok.head
    while noun.dep_ in ("pobj", "prep", "agent", "acl") and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "dobj" or noun.right_edge.i != tok.right_edge.i:
        return None
    verb = noun.head
    return verb if verb.pos_ == "VERB" and _wishing(verb) else None


def _wishing(verb: Token) -> bool:
    """A verb of wanting: 'want', 'wish', or 'would like', 'would prefer' ('would like unpaid carers covered too')."""
    lemma = verb.lemma_.lower()
    would = any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children)
    return lemma in ("want", "wish") or (lemma in ("like", "love", "prefer") and would)


def _first_conjunct(tok: Token) -> Token | None:
    """The verb a joined verb is joined to; for an infinitive the parse hangs on a verb that is none ('to halve the
    electricity the sites use and to reduce their water use'), the nearest infinitive above. None for no joined verb."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    head = tok.head
    if _infinitive(tok) and not _infinitive(head) and head.tag_ != "VB":
        return next((a for a in head.ancestors if a.pos_ == "VERB" and _infinitive(a)), head)
    if tok.tag_ in _FINITE and _infinitive(head):
        # a verb with its own tense is no part of an infinitive ('expects most to be found other roles and has no
        # plans'): it is joined to the nearest verb above with a tense of its own
        return next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and a.tag_ in _FINITE), None)
    return head


_FINITE = frozenset({"VBZ", "VBD", "VBP"})


def _said_of_its_object(verb: Token) -> bool:
    """An infinitive without an object or clause, whose subject is what it is done to ('the map is free to use':
    using it costs nothing), not leave given to a doer ('residents are free to use the hall'); 'free to join' may be either."""
    return verb.dep_ == "xcomp" and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "dative") for c in verb.children)


def _gives_leave(verb: Token) -> bool:
    """A verb of leave in the passive ('is licensed to sell'; not 'approved funding to expand', where what is approved
    is the object); one that gives leave only to someone, said of someone ('Harrowgate Power has been cleared to build',
    not 'the square was cleared to make room')."""
    lemma, lex = verb.lemma_.lower(), lexicon()
    if lemma in lex["permission_to_someone"]:
        bodies = lex["org_generic_heads"]
        parties = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
        return any(c.ent_type_ in ("ORG", "PERSON", "NORP") or c.pos_ in ("PRON", "PROPN") or c.lemma_.lower() in bodies for c in parties)
    return lemma in lex["permission_passives"] and any(c.dep_ == "auxpass" for c in verb.children)


_HAVING_OR_GIVING = frozenset({"have", "get", "give", "offer", "grant"})


def _chance_had(verb: Token) -> bool:
    """A verb of having or giving whose object is a noun of leave or of a chance ('will be given the opportunity to sell',
    'has a window to clear'): what follows may be done, not is done; not a chance denied ('will not be given the
    chance', 'will have no chance')."""
    nouns = {*lexicon()["permission_nouns"], *lexicon()["opportunity_nouns"]}
    return _chance_object(verb, nouns) is not None


def _chance_object(verb: Token, nouns) -> Token | None:
    """The noun of `nouns` that a verb of having or giving has or gives, neither denied; None if there is none."""
    if verb.lemma_.lower() not in _HAVING_OR_GIVING or any(c.dep_ == "neg" for c in verb.children):
        return None
    had = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in nouns]
    return next((c for c in had if not any(k.dep_ == "det" and k.lower_ == "no" for k in c.children)), None)


def _leave_given(tok: Token) -> list[str]:
    """An infinitive that a noun of leave governs ('permission to build', 'has given consent for it to be exhibited'):
    allowed, not done, as after 'let' or 'may'; [the noun], or []."""
    if tok.pos_ != "VERB" or not _infinitive(tok):
        return []
    nouns = lexicon()["permission_nouns"]
    chances = lexicon()["opportunity_nouns"]
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in nouns:
        return [tok.head.lower_]
    # a chance had or given ('will have a chance to vote'), not one taken or used ('took the chance to thank'): a deed
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in chances and _chance_object(tok.head.head, chances) is not None:
        return [tok.head.lower_]
    # (the infinitive hung on the verb: 'will have a six-month window after the deadline to clear')
    if tok.dep_ in ("advcl", "xcomp") and (had := _chance_object(tok.head, chances)) is not None:
        return [had.lower_]
    if tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children):
        if tok.head.lemma_.lower() == "leave":
            return [tok.head.lower_]  # 'fares will be left for operators to set': theirs to set, as 'free to set' says
        return [c.lower_ for c in tok.head.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns][:1]
    return []


def _phrasal_gerund(tok: Token) -> bool:
    """A gerund just after its verb's particle, with no subject or mark of its own ('may carry on operating', 'will go on
    working'): it completes the verb, as an infinitive does, whatever clause the parse made of it."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
        return False
    return any(c.dep_ == "prt" and c.i == tok.i - 1 for c in tok.head.children)


def _past_ability(tok: Token) -> bool:
    """What someone was able to do: 'was at last able to get', said against 'could finally get' (past ability, a fact
    either way)."""
    return tok.dep_ == "xcomp" and tok.head.lower_ in lexicon()["ability_adjectives"] and _past_copula(tok.head)


def _at_a_time(verb: Token) -> bool:
    """A date or time in the verb's clause ('could reopen in May'): a 'could' that looks ahead, a possibility."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def _someone_able(verb: Token) -> bool:
    """The verb's subject is someone, who may be able to ('she could finally get insurance'), not a thing whose 'could'
    says what may happen ('the bridge could reopen in May')."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.pos_ == "PRON" or subject.ent_type_ in ("PERSON", "ORG", "NORP"))


def _hedged_inside(tok: Token, said: list[str]) -> bool:
    """A verb of consequence ('mean', 'suggest', 'imply') whose clause carries the modal said over it on the other side:
    the possibility told inside what it means, not over the meaning."""
    if tok.lemma_.lower() not in ("mean", "suggest", "imply", "indicate"):
        return False
    modals = {h for h in said if h in word_lists()["hedge_modal"]}
    # (anywhere in what follows it: the parse may hang the clause on a word of it, 'horses given medicines ... could
    # have been sold')
    below = [t for t in tok.subtree if t.i > tok.i and t.pos_ == "VERB"]
    return bool(modals) and any(a.dep_ == "aux" and a.lower_ in modals for v in below for a in v.children)


def _hedge_forms(tok: Token, words: list[str]) -> set[str]:
    """The hedges said of a word, as written and, where a word above it says them, by their lemmas ('expects' and
    'expected' are one hedge)."""
    lower = {w.lower() for w in words}
    return lower | {a.lemma_.lower() for a in tok.ancestors if a.lower_ in lower}


def _hedge_kept_below(plain: Token, hedged: Token, said: list[str]) -> bool:
    """A clause inside the plain word's phrase carries the same hedge and says what the hedged word says (two of its
    own words, or a figure): 'the budget covers the roof and solar panels that are expected to meet a quarter of the building's
    energy demand' keeps 'solar panels expected to cover about a quarter of the building's energy needs'; the word
    paired by its lemma ('covers') is another statement."""
    wanted = _hedge_forms(hedged, said)
    theirs = _own_words(hedged)
    for t in plain.subtree:
        if t.i == plain.i or t.pos_ not in ("VERB", "AUX"):
            continue
        shared = _own_words(t) & theirs
        # (or a figure of its own: 'software that the authority expects to cost roughly £180,000' / 'expected to spend
        # about £180,000 on software')
        if wanted & _hedge_forms(t, hedges(t)) and (len(shared) >= 2 or any(w[:1].isdigit() for w in shared)):
            return True
    return False


def _under_hedge(tok: Token, said: list[str]) -> bool:
    """One of the hedges said of the word on the other side is over it here too, by whatever relations the parse chose:
    a modal on a verb above it in its clause ('might find the cost of longer trips hard to absorb', where 'absorb' hangs
    on 'trips'), or the belief verb itself ('did not expect completion of the tower to be delayed', where 'delayed'
    is made a relative clause of 'completion')."""
    lex = word_lists()
    # any modal of possibility answers another ('could lose its licence to store' / 'its licence to hold ... may be
    # withdrawn'): how likely is a matter of degree, not a fact stated
    modals = lex["hedge_modal"] if any(h in lex["hedge_modal"] for h in said) else frozenset()
    if "whether" in said and any(c.dep_ == "mark" and c.lower_ == "whether" for c in tok.children):
        return True  # 'whether to sell it' / 'whether it will be sold ... is undecided': open both ways
    # (a clause of condition or time is not the word's own: 'if rain may come, ...')
    timed = ("if", "unless", "when", "once", "until", "before", "after", "while")
    before = [c for c in tok.children if c.dep_ == "advcl" and c.i < tok.i]
    # (nor one made by setting its auxiliary first: 'Should the ban be upheld, she will lose ...')
    inverted = ("should", "had", "were")
    before = [
        c for c in before if not any(k.dep_ in ("aux", "auxpass") and k.i == c.left_edge.i and k.lower_ in inverted for k in c.children)
    ]
    for clause in (c for c in before if not any(k.dep_ == "mark" and k.lower_ in timed for k in c.children)):
        if modals and any(a.dep_ == "aux" and a.lower_ in modals for a in clause.children):
            return True  # 'heavy rain might have led to sewage overflows': the modal's verb hung below a noun read as a verb
    child = tok
    permits = lexicon()["permission_predicates"]
    for head in tok.ancestors:
        if modals and child.dep_ in ("nsubjpass", "csubjpass") and head.lemma_.lower() in permits:
            return True  # 'dry logs may be burned' / 'burning dry logs will be allowed', however the parse hangs 'burning'
        infinitive = child.dep_ in ("relcl", "advcl") and any(c.lower_ == "to" and c.dep_ == "aux" for c in child.children)
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in child.children)
        if not infinitive and (child.dep_ in ("relcl", "ccomp", "conj", "parataxis", "csubj") or (child.dep_ == "advcl" and own_subject)):
            return False  # a clause of its own: what holds above it is not said of it
        if any(c.dep_ == "aux" and c.lower_ in modals for c in head.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and head.pos_ == "NOUN" and any(h in lex["hedge_adj"] for h in said):
            if any(c.dep_ == "amod" and (c.lower_ in lex["hedge_adj"] or _believed(c)) for c in head.children):
                return True  # 'an estimated 30 million yen' / 'a projected cost of 30 million yen'
        lemma = head.lemma_.lower()
        if head.pos_ == "VERB" and lemma in lex["belief"] and any(h.startswith(lemma.rstrip("e")) for h in said):
            return True
        child = head
    return False


def _only_leave(word: Token) -> bool:
    """Leave given only for some ('dredging may take place only between May and August', 'can only be used by
    members'): an 'only' on the verb that has the 'may' or 'can' (the word's own, or its head's), or on a phrase of it."""
    for verb in (word, word.head):
        if any(c.dep_ == "aux" and c.lower_ in ("may", "can") for c in verb.children):
            if any(c.lower_ == "only" for t in (verb, *verb.children) for c in t.children if c.dep_ == "advmod"):
                return True
            # or a ceiling on what it may do: 'may land no more than 35 tonnes per trip'
            objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
            said = " ".join(" ".join(t.lower_ for t in o.subtree) for o in objects)
            return any(f"{limit} " in said for limit in _CEILINGS)
    return False


_CEILINGS = ("no more than", "not more than", "at most", "up to", "a maximum of")


def _timed(verb: Token) -> bool:
    """A span of time hangs on the verb, as its object or in a phrase of it ('finish a hurdle in about three hours')."""
    return any(t.ent_type_ in ("TIME", "DATE") for c in verb.children if c.dep_ in ("dobj", "npadvmod", "prep") for t in c.subtree)


def _time_it_takes(verb: Token) -> bool:
    """'would take' with a span of time: what a deed would need, a reckoning that is no statement of a deed done."""
    would = any(a.dep_ == "aux" and a.lower_ == "would" for a in verb.children)
    return verb.lemma_.lower() == "take" and would and _timed(verb)


def _under_ceiling(verb: Token) -> bool:
    """What the verb says comes with a ceiling on its amount ('take up to three weeks', 'could cost as much as £2m')."""
    said = " ".join(t.lower_ for c in verb.children if c.dep_ in ("dobj", "npadvmod", "attr", "prep", "advmod") for t in c.subtree)
    return any(f"{limit} " in said for limit in (*_CEILINGS, "as long as", "as much as", "as many as", "as high as"))


def _restricting(word: Token) -> bool:
    """The word is a verb of restricting, or what one restricts ('restricts dredging to the summer', 'limited to members';
    lexicon `restriction_predicates`): a rule that leaves only what it names."""
    verbs = set(lexicon()["restriction_predicates"])
    participles = {v + "ed" for v in verbs} | {v + "d" for v in verbs}  # 'is limited to', 'are confined to'

    def restricts(t: Token) -> bool:
        return t.lemma_.lower() in verbs or t.lower_ in participles

    if word.dep_ == "amod" and word.pos_ == "VERB":
        word = word.head  # 'flying kites ... is limited to members', with 'flying' parsed as the kites' adjective
    if restricts(word) or (word.dep_ in ("dobj", "nsubjpass", "xcomp", "acl") and restricts(word.head)):
        return True  # ('confines fishing to June-August', parsed with 'fishing' as the verb's clause)
    if word.dep_ == "pcomp" and word.head.lower_ == "to" and restricts(word.head.head):
        return True  # 'vessels will be limited to landing 35 tonnes
    # 'flying drones over the park is limited to permit holders': the subject of a restriction told by its participle
    return word.dep_ in ("nsubj", "nsubjpass", "csubj") and any(c.dep_ in ("acomp", "attr") and restricts(c) for c in word.head.children)


def _permissions() -> tuple[str, ...]:
    return (*lexicon()["permission_predicates"], *lexicon()["permission_adjectives"])


def _leave_words() -> tuple[str, ...]:
    """Every word that gives leave: the verbs and adjectives of permission, and the nouns and passives of leave."""
    lex = lexicon()
    return (*_permissions(), *lex["permission_nouns"], *lex["permission_passives"], *lex["permission_to_someone"])


def _can_over(tok: Token, own_clause: bool = False) -> bool:
    """'can' on the word or on a verb above it whose clause it is ('cannot show that the fire was started'), not across
    a relative or adverbial clause; with `own_clause`, only in the word's own clause ('can now be given medicines without
    having to see a GP', not 'can confirm the bridge reopens')."""
    stops = ("relcl", "parataxis", "ccomp", "csubj", "csubjpass") if own_clause else ("relcl", "parataxis")
    for t in (tok, *tok.ancestors):
        if _can(t):
            return True
        own = any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children)
        if t.dep_ in stops or (t.dep_ in ("advcl", "conj") and own):
            return False  # a clause of its own ('carry on using it' is the carrying on, 'if it is launched' is not)
    return False


def _chance_dropped_under_belief(r: Token, c: Token, cand_hedges: list[str]) -> bool:
    """The reference word has 'may', 'might' or 'could' of its own under a verb of belief; the candidate word has no
    hedge of its own, only the belief above it ('believed the group might be responsible' / 'believe the group is')."""
    lex = word_lists()
    if not any(h in _MAYBE for h in _own_hedges(r)) or _own_hedges(c) or _can(c) or denied(r) != denied(c):
        return False
    believing = [a for a in c.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in lex["belief"]]
    ref_believing = [a for a in r.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in lex["belief"]]
    if not believing or not ref_believing or believing[0].lemma_.lower() != ref_believing[0].lemma_.lower():
        return False
    return all(h == believing[0].lower_ for h in cand_hedges)


def _on_condition(verb: Token) -> bool:
    """A clause of condition hangs on the verb: 'may withdraw if their grounds cannot host the matches'."""
    marks = ("if", "unless", "provided", "providing")
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children) for c in verb.children)


def _told_as_a_claim(verb: Token) -> bool:
    """The word's clause is what someone says or believes ('scientists said the strain may spread'): its 'may' is more
    likely a chance than leave, and 'can spread' is then a capability stated as fact."""
    lex = lexicon()
    told = set(lex["speech_predicates"]) | set(lex["belief_predicates"])
    child = verb
    for head in verb.ancestors:
        if child.dep_ == "ccomp" and head.lemma_.lower() in told:
            return True
        child = head
    return False


def _could_above(tok: Token) -> bool:
    """'could' on a verb of a condition whose clause holds the word ('refused where it could show it had checked the
    lane'), not on the word itself: what someone is able to show, not a possibility of the word's own ('said tests could
    confirm that the water was safe' is one)."""
    if any(c.dep_ == "aux" and c.lower_ == "could" for c in tok.children):
        return False
    conditions = ("if", "where", "when", "whenever", "unless")  # an ability that a rule turns on, not a possibility
    for a in (a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")):
        could = any(c.dep_ == "aux" and c.lower_ == "could" for c in a.children)
        if could and any(c.dep_ in ("mark", "advmod") and c.lower_ in conditions for c in a.children):
            return True
    return False


def _could_not(tok: Token) -> bool:
    """'could not' on the word or a verb above it: what someone was unable to do, a fact ('could not prove that',
    'could no longer cover')."""

    def no(t: Token) -> bool:
        return t.dep_ == "neg" or (t.dep_ == "advmod" and any(n.dep_ == "neg" for n in t.children))

    return any(
        any(c.dep_ == "aux" and c.lower_ == "could" for c in t.children) and any(no(c) for c in t.children) for t in (tok, *tok.ancestors)
    )


def _would(tok: Token) -> bool:
    """'would' on the word: what would be so, no fact of what is."""
    return any(c.dep_ == "aux" and c.lower_ == "would" for c in tok.children)


def _with_infinitive(verb: Token) -> bool:
    """The verb has an infinitive of its own below it: what it would take or need to do ('would take years to put right')."""
    return any(c.dep_ in ("xcomp", "advcl", "ccomp") and _infinitive(c) for c in verb.children)


def _inability_told(tok: Token) -> bool:
    """The word says, or is under, what was not done or could not be: a denial, 'unable', 'incapable', or a verb of
    lacking ('was unable to guarantee that every road would be clear', 'lacked a five-year supply'), the fact a past
    'could not' tells."""
    privative = lexicon()["privative_predicates"]
    # (or a word of what cannot be done, on the word or as its complement: 'had become unaffordable', 'impossible')
    complements = [c for c in tok.children if c.dep_ in ("acomp", "oprd")]
    return any(
        t.lower_ in ("unable", "incapable")
        or (t.pos_ == "ADJ" and _NOT_ABLE.match(t.lower_) is not None)
        or t.lemma_.lower() in privative
        or (t.pos_ in ("VERB", "AUX") and denied(t))
        for t in (tok, *tok.ancestors, *complements)
    )


_NOT_ABLE = re.compile(r"^(?:un|in|im|ir|il)[a-z]{3,}(?:able|ible)$")


def _ruled_out(tok: Token) -> bool:
    """'could not' said of ruling out or excluding ('could not be ruled out'): a possibility left open, not an inability."""
    return any(
        t.lemma_.lower() in ("rule", "exclude", "discount", "dismiss") or t.lemma_.lower() in lexicon()["privative_predicates"]
        for t in (tok, *tok.ancestors)
        if t.pos_ in ("VERB", "AUX")
    )


def _kept_from(tok: Token) -> bool:
    """The word is a verb of keeping from (lexicon `negating_governors`: 'prevented', 'stopped') or what one keeps
    someone from ('prevented divers from reaching'): an inability told as a fact, as 'could not' tells it."""
    governors = set(lexicon()["negating_governors"])
    return any(t.pos_ == "VERB" and t.lemma_.lower() in governors for t in (tok, *tok.ancestors))


def _forbidden(tok: Token) -> bool:
    """The word is what a verb of forbidding keeps someone from: 'banned from working', 'barred from entering'."""
    head = tok.head
    someone = any(c.dep_ == "dobj" for c in head.children) or any(c.dep_ == "nsubj" for c in tok.children)
    if tok.dep_ in ("xcomp", "ccomp") and _infinitive(tok) and head.lemma_.lower() in lexicon()["negating_governors"] and someone:
        return True  # 'a status which forbade them to vote': someone kept from it
    if tok.dep_ in ("csubj", "csubjpass") and tok.tag_ == "VBG" and head.lemma_.lower() in lexicon()["negating_governors"]:
        return True  # 'shooting a female with cubs is prohibited': the deed itself forbidden
    if tok.dep_ == "conj" and tok.tag_ == "VBG" and head.tag_ == "VBG":
        return _forbidden(head)  # 'banned from docking or leaving'
    # (wherever the parse hung the 'from': 'bans scheduled ferries from docking', read as a participle's)
    return tok.dep_ == "pcomp" and head.lower_ == "from" and (head.head.lemma_.lower() in lexicon()["negating_governors"] or denied(tok))


def _options_offered(r: Token, c: Token, said: list[str]) -> bool:
    """A choice of options: the candidate's hedge over two deeds joined by 'or', where the reference gives the other
    option the same hedge ('would get their money back ..., or that they could keep their tickets' / 'could either
    get a refund or keep their tickets')."""
    choice = any(k.dep_ == "cc" and k.lower_ == "or" for k in c.children) and bool(c.conjuncts)
    return choice and any(set(_own_hedges(k)) & set(said) for k in r.conjuncts)


def _may_not(tok: Token) -> bool:
    """'may not' on the word, the 'not' right after the 'may' ('may not install satellite dishes')."""
    if any(a.dep_ == "aux" and a.lower_ == "may" and a.i + 1 < len(a.doc) and a.doc[a.i + 1].dep_ == "neg" for a in tok.children):
        return True
    # 'no ferries may dock or leave': 'may' with 'no' on the subject, for the verb it is on and one joined to it
    holder = tok.head if tok.dep_ == "conj" and not any(a.dep_ == "aux" for a in tok.children) else tok
    return any(a.dep_ == "aux" and a.lower_ == "may" for a in holder.children) and denied(tok)


def _must_not(tok: Token) -> bool:
    """A duty not to do it: 'must not be left', 'shall not be left', 'cannot be left'."""
    return denied(tok) and any(a.dep_ == "aux" and a.lower_ in ("must", "shall", "can", "ca") for a in tok.children)


def _leave_denied(tok: Token) -> bool:
    """The leave over the word is refused: 'did not allow them to vote', 'will not be allowed to operate'."""
    return any(a.lemma_.lower() in _leave_words() and denied(a) for a in (tok, *tok.ancestors))


def _scheduled(tok: Token) -> bool:
    """The word's event given as foreseen on a timetable: 'is due to be ready', 'is scheduled to open', 'is set to'."""
    words = lexicon()["schedule_words"]
    if any(c.dep_ == "acomp" and c.lower_ in words for c in tok.children):
        return True  # 'are due to be ready', paired at its copula
    child = tok
    for head in tok.ancestors:
        if child.dep_ == "conj" and head.dep_ == "xcomp":
            if any(c.dep_ == "aux" and c.lower_ != "to" for c in child.children):
                return False  # '... and could last four months': a modal of its own
            child = head  # 'is scheduled to start in May and to last a month': both on the timetable
            continue
        if child.dep_ != "xcomp":
            return False
        if head.lower_ in words:
            return True
        child = head
    return False


def _approximate(tok: Token) -> bool:
    """An amount given as near, not exact: a number before the word, with 'about', 'approximately', 'an estimated'."""
    if not any(c.dep_ == "nummod" for c in tok.children):
        return False
    words = lexicon()["estimate_approximators"]
    before = [t for t in tok.subtree if t.i < tok.i]
    return any(t.lower_ in words or f"{t.lower_} {t.nbor().lower_}" in words for t in before)


_MAYBE = frozenset({"may", "might", "could"})  # a bare possibility, which a timetable outstates as a weighed matter is


def _weighing(words: list[str]) -> bool:
    """A hedge that is a verb of a matter still weighed, in any form ('considering', 'weighs', 'studied')."""
    stems = [v[:-1] if v[-1] in "ey" else v for v in lexicon()["deliberation_predicates"]]
    return any(w.lower().startswith(stem) for w in words for stem in stems)


def _open_either_way(r: Token, c: Token) -> bool:
    """The two texts leave the event or amount open, one with a hedge and the other with a schedule ('should be ready' /
    'is due to be ready') or an approximate figure ('an estimated 42 million' / 'approximately 42 million')."""
    return _scheduled(r) or _scheduled(c) or (_approximate(r) and _approximate(c))


def _hedging_adjective(tok: Token) -> bool:
    """'likely to fall', not 'twice as likely to fall' (a comparison of chances states a fact)."""
    return tok.lower_ in word_lists()["hedge_adj"] and not any(c.lower_ in ("as", "more", "less", "most", "least") for c in tok.children)


def _subtree(tok: Token) -> set[str]:
    return {t.lemma_.lower() for t in tok.subtree if t.i != tok.i and (t.is_alpha or t.like_num) and not t.is_stop}


def _own_words(tok: Token) -> set[str]:
    """The word's subtree without the relative clauses inside it: 'a law that would have let police detain suspects
    was annulled' says nothing of detaining; what the law would have let happen is the relative clause's."""
    inner = {t.i for d in tok.subtree if d.i != tok.i and d.dep_ in ("relcl", "acl") for t in d.subtree}
    words = [t for t in tok.subtree if t.i != tok.i and t.i not in inner] + _stray_subject(tok)
    return {t.lemma_.lower() for t in words if (t.is_alpha or t.like_num) and not t.is_stop}


def _stray_subject(verb: Token) -> list[Token]:
    """The noun phrase just before a finite verb that the parse gave no subject, hung elsewhere ('combined into one
    bulletin and the youth channel will move online', where 'channel' is made a conjunct of 'bulletin')."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("xcomp", "advcl", "acl", "relcl", "pcomp", "amod"):
        return []
    deps = {c.dep_ for c in verb.children}
    if not deps & {"aux", "auxpass"} or deps & {"nsubj", "nsubjpass", "expl", "csubj"}:
        return []
    edge = verb.left_edge.i
    if edge == 0 or verb.doc[edge - 1].pos_ not in ("NOUN", "PROPN"):
        return []
    noun = verb.doc[edge - 1]
    while noun.head.i < edge and noun.head.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("appos", "compound", "flat"):
        noun = noun.head
    return [t for t in noun.subtree if t.i < edge]


_NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "compound"})


NARROW = 2  # WordNet verb senses of a word whose synonyms are sure ('prolong' 2, 'postpone' 1; 'extend' 17)


def _foretold_by_will(verb: Token) -> bool:
    """'will open', 'would oppose': a plain 'will' or 'would' on the verb, not denied."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children) and not denied(verb)


def _one_sense(a: Token, b: Token) -> bool:
    """The same word, or two verbs of one WordNet synset where one of them is a narrow word of at most NARROW senses
    ('extend' / 'prolong'; not 'check' / 'contain' or 'pass' / 'run', common verbs whose senses meet by chance); not
    'be'."""
    la, lb = a.lemma_.lower(), b.lemma_.lower()
    if "be" in (la, lb):
        return False
    if la == lb:
        return True
    # (two predicates: a participle that describes a noun, 'SUVs made from March', is no statement to pair by sense)
    predicates = a.pos_ == b.pos_ == "VERB" and not {a.dep_, b.dep_} & {"acl", "amod"}
    return predicates and synonym(la, lb) and min(senses(la), senses(lb)) <= NARROW


def _aspect_over_paired(word: Token, other: Token, other_sent: SpacySpan) -> bool:
    """A verb of going on ('continue', 'keep'; lexicon `continuation_predicates`) over a verb that the other sentence
    gives too ('may continue to be broadcast' / 'can still be broadcast'), paired here with another word: its hedge is
    the deed's below, compared there."""
    if word.lemma_.lower() not in lexicon()["continuation_predicates"] or other.lemma_.lower() == word.lemma_.lower():
        return False
    below = {x.lemma_.lower() for x in word.children if x.dep_ == "xcomp" and x.pos_ == "VERB"}
    return any(t.lemma_.lower() in below and t.pos_ == "VERB" and t.i != other.i for t in other_sent)


def _pairs(ref: SpacySpan, cand: SpacySpan) -> Iterator[tuple[Token, Token]]:
    """Words that say the same thing in the two sentences: the same lemma, or verbs that paraphrase each other,
    whose clauses share the most words (each the other's best match), so that 'due to start ... expected to
    begin' pairs with 'scheduled to begin ... expected to start' clause by clause."""
    belief = word_lists()["belief"]

    def hedging(t: Token) -> bool:
        """A belief verb over a clause ('is expected to request'): the hedge of the verb below, no statement of its own
        to pair ('expected' / 'asked' would leave 'request' unpaired)."""
        chance = word_lists()["hedge_adj"]  # ('likely', not 'able': 'may be able to return' is the copula's statement)
        if t.lemma_.lower() == "be" and any(
            c.dep_ == "acomp" and c.lower_ in chance and any(g.dep_ == "xcomp" for g in c.children) for c in t.children
        ):
            return True  # 'was likely to be connected': the copula holds the chance of the verb below, no statement
        return t.pos_ == "VERB" and t.lemma_.lower() in belief and any(c.dep_ in ("xcomp", "ccomp") for c in t.children)

    def words(sent: SpacySpan) -> list[Token]:
        # a copula that heads its clause counts: 'is thought to be 40 years old' / 'is 40 years old'
        # a 'verb' in a noun's place is a noun the tagger misread ('Concrete pours on two towers are likely to ...')
        content = (t for t in sent if t.is_alpha and not hedging(t) and not (t.pos_ == "VERB" and t.dep_ in _NOMINAL))
        # (nor the scale of a figure, whatever the tagger made of it: 'm' in '£11m')
        content = (t for t in content if not (len(t.text) <= 2 and t.i > 0 and t.doc[t.i - 1].like_num))
        return [t for t in content if t.pos_ in ("VERB", "NOUN") or (t.pos_ == "AUX" and t.dep_ not in ("aux", "auxpass"))]

    speech = word_lists()["speech"]

    def alike(r: Token, c: Token) -> bool:
        if r.pos_ != c.pos_ or (r.lemma_.lower() in speech) != (c.lemma_.lower() in speech):
            return False  # a verb of saying tells who said it, not what happened ('said' / 'give', a WordNet sense)
        if r.lemma_.lower() == c.lemma_.lower():
            return True
        # verbs that paraphrase each other or do something to the same thing ('introduce an app' / 'launch an app'); a
        # verb that is nearly an auxiliary paraphrases almost anything in WordNet ('book' / 'have'): only by its things
        light = {r.lemma_.lower(), c.lemma_.lower()} & {"have", "be", "do", "go"}  # ('should be checked' / 'have gone')
        # a verb WordNet knows with its particle or object is that verb ('may take place' is no 'requires')
        said_r, said_c = (phrasal_forms(t) or {t.lemma_.lower()} if t.pos_ == "VERB" else {t.lemma_.lower()} for t in (r, c))
        # (a phrasal verb by its synset only: WordNet's steps from 'take place' reach 'fall', 'falls on a Sunday')
        phrasal = any(" " in w for w in said_r | said_c)
        paraphrased = any((synonym(a, b) if phrasal else paraphrase(a, b)) for a in said_r for b in said_c)
        # (a participle that describes a noun, 'scooters made in 2024', states nothing to pair with 'may cause')
        paraphrased = paraphrased and not ({r.dep_, c.dep_} & {"acl", "amod"} and {r.dep_, c.dep_} - {"acl", "amod"})
        if c.pos_ == "VERB" and ((paraphrased and not light) or bool(_objects(r) & _objects(c))):
            return True
        # or that get or give the same amount ('may qualify for an additional £1,500' / 'will receive a further £1,500')
        if r.pos_ == c.pos_ == "VERB" and not light and bool(_figures(r) & _figures(c)):
            return True
        if r.pos_ == c.pos_ == "VERB" and (_held(r, c) or _held(c, r)):
            return True
        return c.pos_ == "VERB" and (_names_event(c, r) or _names_event(r, c))

    ref_words, cand_words = words(ref), words(cand)
    # keyed by document and index: the two sentences' token indices overlap
    trees = {(id(t.doc), t.i): _own_words(t) for t in ref_words + cand_words}

    def best(tok: Token, others: list[Token]) -> Token | None:
        # the same word counts a little of itself: a verb whose subject hangs elsewhere has no words in common
        own = trees[id(tok.doc), tok.i]
        # (not a copula: 'was likely to be high' / 'whether they were eligible' are two statements)
        # (and so does a verb of one synset with it: 'may be extended if ...' / 'could be prolonged should ...', where the
        # parse hung the condition on another verb)
        # (a copula by its words only: 'said it was disappointed' is no 'said the penalties should have been tougher')
        sense = tok.lemma_.lower() != "be"
        # (a light verb whose object names the other's event counts so too: 'may bring a prosecution' / 'will prosecute')
        scored = [
            (len(own & trees[id(o.doc), o.i]) + 0.5 * ((sense and _one_sense(o, tok)) or _event_named(o, tok)), o)
            for o in others
            if alike(o, tok)
        ]
        scored = [x for x in scored if x[0] > 0]
        # a word the other sentence has itself pairs with it, not with a paraphrase ('is continuing' / 'continuing',
        # not 'may follow', which WordNet also reads as going on), nor a synonym with a mere paraphrase
        same = [x for x in scored if x[1].lemma_.lower() == tok.lemma_.lower()] or [x for x in scored if _one_sense(x[1], tok)]

        # (unless a synonym's clause shares clearly more with it: 'work is expected to start in May ... the timetable
        # begins on 1 July' / 'work is likely to begin in May' pairs 'begin' with 'start', by its subject and month)
        def synonymous(o: Token) -> bool:
            return o.lemma_.lower() != tok.lemma_.lower() and synonym(o.lemma_, tok.lemma_)

        top = max((x[0] for x in scored if synonymous(x[1])), default=0)
        if same and not any(x[0] > top - 1 for x in same):
            same = [x for x in scored if x[0] == top and synonymous(x[1])]
        # on a tie the narrower clause: 'X said, though she cautioned that ...' pairs 'warned that ...' with 'cautioned',
        # not with 'said', whose subtree holds 'cautioned's words too
        return max(same or scored, key=lambda x: (x[0], -len(trees[id(x[1].doc), x[1].i])))[1] if scored else None

    paired = []
    for c in cand_words:
        r = best(c, ref_words)
        # (the object of a light verb is the other's event, no participant: 'may bring a prosecution' / 'will prosecute
        # the company')
        light = _event_named(r, c) and not _other_subjects(r, c) if r is not None else False
        if r is not None and best(r, cand_words) is c and (not _other_participants(r, c) or light):
            paired.append((r, c))
    # verbs left unpaired that are one statement worded otherwise: the same subject and setting, each the other's only
    # such match ('repairs could take until the end of the month' / 'repairs will last until the end of the month')
    taken = {(id(t.doc), t.i) for pair in paired for t in pair}
    leave = set(_leave_words())

    def loose(words: list[Token]) -> list[Token]:
        light = {"have", "be", "do", "go"}
        # (not a denied verb: 'may not exceed' is a rule, no chance to weigh against 'will be capped')
        return [
            t
            for t in words
            if t.pos_ == "VERB" and (id(t.doc), t.i) not in taken and t.lemma_.lower() not in leave | light and not denied(t)
        ]

    for c in loose(cand_words):
        rs = [r for r in loose(ref_words) if _same_doer_and_setting(r, c)]
        if len(rs) == 1 and [x for x in loose(cand_words) if _same_doer_and_setting(rs[0], x)] == [c]:
            paired.append((rs[0], c))
    yield from paired
    # what two paired verbs say, worded otherwise: 'caution that the results may not hold' / 'warn that the findings
    # will not carry over' pairs 'hold' with 'carry', the clauses' heads, though neither word is the other's
    taken = {(id(t.doc), t.i) for pair in paired for t in pair}  # by document: the two sentences' indices overlap
    for r, c in paired:
        r_clauses = [t for t in r.children if t.dep_ == "ccomp" and t.pos_ in ("VERB", "AUX")]
        c_clauses = [t for t in c.children if t.dep_ == "ccomp" and t.pos_ in ("VERB", "AUX")]
        if r.pos_ != "VERB" or len(r_clauses) != 1 or len(c_clauses) != 1 or (id(r.doc), r_clauses[0].i) in taken:
            continue
        if subject_words(r) and subject_words(c) and not subject_words(r) & subject_words(c):
            continue  # 'the charity said the penalties should have been tougher' / 'the association said it was disappointed'
        rc, cc = _said_first(r, r_clauses[0]), _said_first(c, c_clauses[0])
        if hedging(rc) or hedging(cc):
            continue  # 'said it was likely to be connected': the verb below is the statement, paired by its words
        elsewhere = _said_elsewhere_in(rc, cc) if r.lemma_.lower() == c.lemma_.lower() else None
        if (id(c.doc), cc.i) in taken:
            # the clause the verb has here pairs with another word; another clause of the sentence may render this one
            if elsewhere is not None and (id(c.doc), elsewhere.i) not in taken:
                yield rc, elsewhere
            continue
        # the two clauses say one thing: the same verb of saying over them ('said she might recover' / 'said she would
        # make a full recovery'), or verbs that paraphrase each other or share a word ('keepers said both were feeding
        # well' is no rendering of 'keepers warned they may spend the day asleep'); a copula and its adjective are no
        # paraphrase of a verb ('should have come sooner' / 'was overdue')
        copula = "be" in (rc.lemma_, cc.lemma_)
        same = rc.lemma_.lower() == cc.lemma_.lower() or (paraphrase(rc.lemma_, cc.lemma_) and not copula)
        same = same or _names_event(cc, rc) or _names_event(rc, cc) or bool(_unjoined_words(rc) & _unjoined_words(cc))
        if same:
            yield rc, cc
        elif r.lemma_.lower() == c.lemma_.lower() and not copula:
            # (not a clause whose verb the reference's sentence says itself, of another speaker: 'supporters argued that
            # it glorified ..., while opponents said it should stay' / 'those in favour said it glorified ...')
            if elsewhere is None and any(t.i != rc.i and t.lemma_.lower() == cc.lemma_.lower() and t.pos_ == "VERB" for t in rc.sent):
                continue
            yield rc, elsewhere or cc


def _same_doer_and_setting(r: Token, c: Token) -> bool:
    """Two verbs said of the same noun as subject with two more words of their predicates in common ('repairs could
    take until the end of next month' / 'repairs will last until the end of next month'): one statement worded
    otherwise, though WordNet does not pair the verbs."""

    def subject(v: Token) -> set[str]:
        said = [k for k in v.children if k.dep_ in ("nsubj", "nsubjpass")] + _stray_subject(v)
        return {k.lemma_.lower() for k in said if k.pos_ == "NOUN"}

    def setting(v: Token) -> set[str]:
        # the verb's own words, not those of a verb joined to it ('will cost £210,000 and is scheduled for completion')
        joined = {t.lemma_.lower() for k in v.children if k.dep_ == "conj" and k.pos_ in ("VERB", "AUX") for t in k.subtree}
        return _predicate(v) - joined

    return bool(subject(r) & subject(c)) and len(setting(r) & setting(c)) >= 2


def _own_verb_elsewhere(c: Token, ref_sent: SpacySpan, pairs: list, plain: bool = False) -> bool:
    """Another reference sentence aligned to the candidate's has the candidate's verb itself ('a new supplier, which
    will be appointed by the regulator' for 'will appoint a new supplier'): the word pairs there, not with a verb of
    this sentence that merely shares its object; with `plain`, a verb there that nothing hedges or denies (a summary's
    'those who use phones in bed' is the first sentence's 'teenagers who use their phones in bed', not the 'might lead
    them to use their phones more' of another)."""
    if c.pos_ != "VERB":
        return False
    lemma = c.lemma_.lower()

    def there(t: Token) -> bool:
        # (not the verb done to another kind of thing, an amount against a thing: 'would raise an extra £900,000' is no
        # 'is raising parking charges')
        other_thing = (
            bool(_objects(t)) and bool(_objects(c)) and not _objects(t) & _objects(c) and _amount_object(t) and not _amount_object(c)
        )
        return t.lemma_.lower() == lemma and t.pos_ == "VERB" and (not plain or not (hedges(t) or denied(t))) and not other_thing

    return any(
        rs.start != ref_sent.start and cs.start == c.sent.start and any(there(t) for t in rs) for rs, cs, _ in pairs if cs.doc is c.doc
    )


def _time_given(verb: Token) -> bool:
    """An infinitive on a length of time someone has or is given ('have 30 days to lodge an appeal', 'were given a week
    to leave'): leave to do it within that time."""
    time = verb.head
    if verb.dep_ not in ("relcl", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    length = units.in_base_units(1, time.lower_) or units.in_base_units(1, time.lemma_.lower())
    return length is not None and length[1] == "[time]" and time.head.lemma_.lower() in ("have", "give", "get", "allow")


def _amount_object(verb: Token) -> bool:
    """The verb's object is an amount: a figure or a sum of money ('raise an extra £900,000', 'save 40 jobs'), by its own
    words (not a clause on it)."""
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    return any(
        o.like_num or any(k.dep_ in ("nummod", "quantmod", "nmod", "compound") and (k.like_num or k.tag_ == "$") for k in o.children)
        for o in objects
    )


def _said_first(verb: Token, clause: Token) -> Token:
    """The clause a verb of saying governs, where the parse hangs it on a later one set off by a semicolon ('said
    transplants could rise; some 1,900 people are on the list' makes 'rise' a clause of 'are')."""
    first = [k for k in clause.children if k.dep_ == "ccomp" and k.i > verb.i and paratactic(verb.doc, k.i, clause.i)]
    return first[0] if first else clause


def _unjoined_words(tok: Token) -> set[str]:
    """`_own_words` without the clauses joined to the word ('welcomed the move but argued that ...': the move), nor a
    clause set before it with a semicolon ('transplants could rise ...; some 1,900 people are on the list')."""

    def apart(c: Token) -> bool:
        return (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")) or paratactic(tok.doc, c.i, tok.i)

    joined = {t.lemma_.lower() for c in tok.children if apart(c) for t in c.subtree}
    own = {t.lemma_.lower() for c in tok.children if not apart(c) for t in c.subtree}
    return _own_words(tok) - (joined - own)


def _said_elsewhere_in(rc: Token, cc: Token) -> Token | None:
    """Another clause of the candidate's sentence than `cc` that says what the reference's clause `rc` says (two words
    of it in common, the lowest such clause): 'said it welcomed the move but argued that panels should go with
    insulation' renders 'said panels should be combined with insulation' in 'go', not in 'welcomed'."""
    theirs = _own_words(rc)
    found = None
    for t in cc.sent:
        if t.i == cc.i or t.pos_ not in ("VERB", "AUX") or t.dep_ not in ("ccomp", "xcomp", "conj", "advcl"):
            continue
        if cc in t.subtree:
            continue  # a clause above it
        if len(_unjoined_words(t) & theirs) >= 2 and (found is None or t in found.subtree):
            found = t
    return found


def _names_event(light: Token, verb: Token) -> bool:
    """A verb whose object names the other verb's event ('may receive compensation' / 'will be compensated', 'made
    an acquisition' / 'acquired'); not a verb that changes how much of it there is ('cut the museum's electricity use'
    is no 'uses')."""
    if direction(light, transitive=True) is not None:
        return False
    lemma = verb.lemma_.lower()
    return any(
        d.dep_ == "dobj" and d.pos_ == "NOUN" and (_one_stem(d.lemma_.lower(), lemma) or lemma in noun_verbs(d.lemma_.lower()))
        for d in light.children
    )


_LIGHT_VERBS = frozenset({"do", "make", "have", "get", "take", "be", "go", "give", "put", "keep"})


# verbs that carry an event named by their object and little of their own ('bring a prosecution', 'launch an appeal');
# not 'seek a subsidy', 'consider an appeal' or 'receive compensation', which say something of their own about it
_SUPPORT_VERBS = frozenset(
    {"make", "take", "give", "do", "bring", "hold", "carry", "conduct", "launch", "mount", "stage", "lodge", "file", "undertake"}
)


def _event_named(a: Token, b: Token) -> bool:
    """One of two verbs is a support verb whose object is the noun of the other's event ('bring a prosecution' /
    'prosecute')."""
    if a.pos_ != "VERB" or b.pos_ != "VERB":
        return False
    return (a.lemma_.lower() in _SUPPORT_VERBS and _names_event(a, b)) or (b.lemma_.lower() in _SUPPORT_VERBS and _names_event(b, a))


def _other_subjects(a: Token, b: Token) -> bool:
    """Both verbs have a subject that is no pronoun, and the two share no word."""

    def subject(t: Token) -> set[str]:
        return {w.lemma_.lower() for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for w in c.subtree}

    mine, theirs = subject(a), subject(b)
    return bool(mine) and bool(theirs) and not mine & theirs


def _predicate(verb: Token) -> set[str]:
    """The content words of what a verb says, its subject's phrase left out (a subject may carry a clause of its own:
    'X, which the sisters started in 2004, has opened')."""
    subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return {t.lemma_.lower() for t in verb.subtree if t.i != verb.i and t.i not in subject and (t.is_alpha or t.like_num) and not t.is_stop}


def _clause_words(verb: Token) -> set[str]:
    """The content words of the verb's own clause, its subject's included, not those of clauses joined to it ('two staff
    have been taken on, and the bakery intends to supply cafes': 'taken' has 'staff', not 'cafes')."""
    joined = {t.i for c in verb.children if c.dep_ in ("conj", "advcl", "ccomp", "parataxis", "relcl") for t in c.subtree}
    return {t.lemma_.lower() for t in verb.subtree if t.i != verb.i and t.i not in joined and (t.is_alpha or t.like_num) and not t.is_stop}


def _one_stem(noun: str, verb: str) -> bool:
    """A noun made of the verb ('merger' / 'merge', 'acquisition' / 'acquire'): the first five letters shared."""
    return len(verb) >= 4 and noun[:5] == verb[:5]


# verbs too general to say which event they are ('planning to do a runner')


def _figures(verb: Token) -> set[str]:
    """The sums of money in a verb's object, direct or after a preposition ('qualify for an additional £1,500': '1500');
    not a date or a share, which many verbs of a sentence may be said with ('From 1 June, ...')."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return {
        t.text.replace(",", "")
        for o in objects
        for t in o.subtree
        if t.like_num and any(ch.isdigit() for ch in t.text) and t.i > 0 and t.doc[t.i - 1].tag_ == "$"
    }


def _objects(verb: Token) -> set[str]:
    """The verb's objects; a passive's 'of' too, what it is done in respect of ('be stripped of her medal' / 'lose her
    medal')."""
    objects = [t for t in verb.children if t.dep_ == "dobj"]
    if any(c.dep_ == "auxpass" for c in verb.children):
        objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return {t.lemma_.lower() for t in objects if t.pos_ in ("NOUN", "PROPN")}


def _held(verb: Token, other: Token) -> bool:
    """`verb` tells that an event named by its subject happens ('another drill will take place', 'the vote will
    occur': WordNet's first sense of 'happen') and `other` puts that event on (lexicon `staging_predicates`: 'another
    drill might be held', 'the vote could be staged'): one statement that the event happens, whoever holds it."""
    # (the cheap tests first: `alike` asks this of every pair of words it weighs)
    if other.lemma_.lower() not in _staging() and not phrasal_forms(other) & _staging():
        return False
    subjects = {t.lemma_.lower() for t in verb.children if t.dep_ == "nsubj" and t.pos_ == "NOUN"}
    if not subjects & _done_to(other):
        return False
    forms = phrasal_forms(verb) or {verb.lemma_.lower()}
    own = {f"{verb.lemma_.lower()} {c.lower_}" in forms for c in verb.children if c.dep_ == "dobj"}  # 'place' of 'take place'
    happening = {"happen", "occur"}
    return False not in own and any(w in happening or happening & set(first_sense_synonyms(w)) for w in forms)


@lru_cache(maxsize=1)
def _staging() -> frozenset[str]:
    return frozenset(lexicon()["staging_predicates"])


def _done_to(verb: Token) -> set[str]:
    """What a verb is done to: its object, or its subject in the passive ('planned operations might be postponed')."""
    passive = {t.lemma_.lower() for t in verb.children if t.dep_ == "nsubjpass" and t.pos_ in ("NOUN", "PROPN")}
    if verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children) and not passive:
        # ('scans might have to be delayed': the subject hangs on 'have')
        passive = {t.lemma_.lower() for t in verb.head.children if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN")}
    return _objects(verb) | passive


def _done(tok: Token) -> bool:
    """Told as having happened: a past or perfect verb with no modal ('has extended', 'launched')."""
    if tok.pos_ != "VERB" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
        return False
    return tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children))


def _foretold(tok: Token) -> bool:
    """Told as what will happen ('will raise'), not denied: a plan said as a fact to come ('plans to raise')."""
    return tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in tok.children) and not denied(tok)


def _decided(tok: Token) -> Token | None:
    """The done verb of decision the word completes ('has decided to extend', 'agreed to merge')."""
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_.lower() in word_lists()["decision"] and _done(head):
        return head
    return None


_WISHES = frozenset({"hope", "want", "wish"})


def _get_passive(child: Token, head: Token) -> bool:
    """A participle of a 'get' passive ('wishing to get married', 'hope to get paid'): the participle is the verb."""
    return child.dep_ in ("acomp", "oprd", "xcomp") and child.tag_ == "VBN" and head.lemma_.lower() == "get"


def _intending(tok: Token) -> Token | None:
    """The verb of intent above the word, through the clauses it completes ('plans to introduce', 'was prepared
    to raise', 'promised to build')."""
    intention = word_lists()["intention"]
    child = tok
    for head in tok.ancestors:
        if child.dep_ not in _OPEN_RELATIONS and not _get_passive(child, head):
            return None
        if head.pos_ == "VERB" and head.lemma_.lower() in intention:
            return head
        child = head
    return None


def _intended(tok: Token) -> str | None:
    """The words of the verb of intent above the word, as written ('plans')."""
    verb = _intending(tok)
    return verb.text if verb is not None else None


def _intent_lemma(tok: Token) -> str | None:
    verb = _intending(tok)
    return verb.lemma_.lower() if verb is not None else None


def _proposed(noun: Token) -> bool:
    """A noun of an event that someone only asks or proposes ('recommended approval', 'proposed a ban', 'called for
    the closure of'): the object of a verb of asking, not denied."""
    if noun.pos_ != "NOUN":
        return False
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    object_of = noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ == "for")
    return object_of and verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon()["directive_predicates"] and not denied(verb)


def _done_anywhere(doc, verb: Token) -> bool:
    """The reference tells the act as done somewhere, by the verb, a paraphrase, or any verb done to 'it' ('took it
    down', 'voted it through', 'gave it the go-ahead')."""
    lemma = verb.lemma_.lower()
    for t in doc:
        if t.pos_ == "VERB" and (_done(t) or t.tag_ == "VBN") and not _intended(t):
            # a verb done to what was named before it may be the act in other words
            back = any(k.dep_ in ("dobj", "nsubjpass") and k.lower_ in ("it", "them") for k in t.children)  # 'voted it through'
            if t.lemma_.lower() == lemma or paraphrase(t.lemma_, lemma) or back:
                return True
    return False


def _asks(sent: SpacySpan) -> bool:
    """The sentence has a verb of asking or wanting ('as the report had urged', 'residents want')."""
    wanted = set(lexicon()["directive_predicates"])

    def asking(t: Token) -> bool:  # a verb, or a noun made of one ('following the board's recommendation')
        return (t.pos_ == "VERB" and t.lemma_.lower() in wanted) or (t.pos_ == "NOUN" and bool(set(noun_verbs(t.lemma_.lower())) & wanted))

    return any(asking(t) for t in sent)


def _proposed_in(sent: SpacySpan, verb: Token) -> bool:
    """The candidate proposes the event too, by a noun of the same stem ('recommended approval ... approved' is not)."""
    return any(_proposed(t) and _one_stem(t.lemma_.lower(), verb.lemma_.lower()) for t in sent)


def planned_told_as_done(ref: SpacySpan, cand: SpacySpan) -> Iterator[tuple[Token, Token, str]]:
    """(reference word, candidate word, the intent) where the reference only intends what the candidate says is done:
    the same verb, a paraphrase, or another verb done to the same thing ('plans to introduce encryption' / 'has
    extended encryption')."""
    plain_verbs = [t for t in ref if t.pos_ == "VERB" and not _intended(t)]
    plain = {t.lemma_.lower() for t in plain_verbs}
    speech = word_lists()["speech"]
    for r in ref:
        intent = _intended(r) if r.pos_ == "VERB" and r.lemma_.lower() not in _LIGHT_VERBS else None
        if intent is None and r.pos_ == "NOUN" and _own_hedges(r):
            # 'talks about a possible merger' / 'have agreed to merge': the event named by its noun
            for c in cand:
                if _decided(c) and _one_stem(r.lemma_.lower(), c.lemma_.lower()):
                    yield r, c, _own_hedges(r)[0]
                    break
            continue
        if intent is None and _proposed(r):
            # 'have recommended approval of the extension' / 'has approved the extension': proposed, told as done
            for c in cand:
                # not where the reference says anywhere that it was done ('took it down', 'enlarged'), nor where the candidate
                # tells the proposal too ('as the report had urged')
                told = _done(c) and not hedges(c) and not _done_anywhere(r.doc, c) and not _asks(cand)
                # or the proposed event's noun begun ('have called for a cull' / 'have begun a cull')
                begun = c.lemma_.lower() in lexicon()["inception_predicates"] and any(
                    k.dep_ == "dobj" and k.lemma_.lower() == r.lemma_.lower() for k in c.children
                )
                if told and (_one_stem(r.lemma_.lower(), c.lemma_.lower()) or begun) and not _proposed_in(cand, c):
                    yield r, c, f"{r.head.head.text} {r.head.text}" if r.dep_ == "pobj" else r.head.text  # 'called for'
                    break
            continue
        if intent is None or rather_than_before(r):
            continue  # ('wanted it used for research rather than sit in a cupboard': what she wanted is not that)
        intent_lemma = _intent_lemma(r)
        for c in cand:
            if not (_done(c) or _decided(c) or _foretold(c)) or _intended(c) or hedges(c) or c.lemma_.lower() in plain:
                continue  # 'decided' in both: the candidate's done verb is the reference's own
            if any(a.pos_ == "VERB" and a.lemma_.lower() in _WISHES for a in c.ancestors):
                continue  # 'hopes the new rooms will bring readers back': still a hope, in a clause of its own
            if any(k.lemma_.lower() == intent_lemma for k in c.subtree if k.i != c.i):
                continue  # 'restored it on 4 November, as it had hoped': done, and the intent told with it
            if _intent_noun(c):
                continue  # 'had no plans to move production' / 'did not plan to move production': the intent, by its noun
            if c.lemma_.lower() in lexicon()["intention_predicates"] and any(k.dep_ == "dobj" for k in c.children):
                continue  # 'pledged to provide 420 homes' / 'has promised 420 homes': the intent itself, with the thing as its object
            if c.lemma_.lower() in speech and r.lemma_.lower() not in speech and any(k.dep_ == "ccomp" for k in c.children):
                continue  # 'she said there were no plans to': who said it, not what was done ('has published the report' is)
            if _reported_beside(c, r, speech):
                continue  # 'wants to cut deliveries, arguing that volumes have halved' / '..., saying volumes have fallen'
            # a light verb paraphrases almost anything ('deliver' / 'take'): only about something the planned verb names too
            # ('plans to hire two extra staff' / 'two extra staff have been taken on')
            loose = c.lemma_.lower() in _LIGHT_VERBS and not _clause_words(c) & _clause_words(r)
            same = c.lemma_.lower() == r.lemma_.lower() or (paraphrase(r.lemma_, c.lemma_) and not loose) or _objects(r) & _objects(c)
            # the candidate's verb tells what a done verb of the reference tells, by its words ('which the brothers
            # started in 2009' / 'founded by the brothers in 2009'), not what is planned
            told = len(_predicate(c) & _predicate(r))
            apart = (p for p in plain_verbs if not (p.left_edge.i <= r.i <= p.right_edge.i or r.left_edge.i <= p.i <= r.right_edge.i))
            if same and any(len(_predicate(c) & _predicate(p)) >= max(told, 2) for p in apart):
                continue
            # ... or the very verb, told plainly in another sentence of the reference about more of the same things
            # ('attempting to smuggle 27 iguanas. Customs officers found the reptiles ... taped inside socks' / 'found
            # 27 iguanas ... taped inside socks': what was found, not what was attempted)
            elsewhere = (p for p in r.doc if p.pos_ == "VERB" and p.lemma_ == c.lemma_ and p.sent != r.sent and not _intended(p))
            if same and any(len(_predicate(c) & _predicate(p)) > max(told, 2) for p in elsewhere):
                continue
            if same and not _other_participants(r, c, intransitive=True):
                yield r, c, intent
                break


def _reported_beside(c: Token, r: Token, speech) -> bool:
    """The candidate's verb is what someone says ('saying the number has fallen'), and the reference reports a claim
    of its own beside the intent ('arguing that volumes have halved'): the claim's verb, not the plan's, is its match."""
    said = c.dep_ == "ccomp" and c.head.lemma_.lower() in speech
    claims = [k for k in r.sent if k.lemma_.lower() in speech and any(x.dep_ == "ccomp" for x in k.children)]
    return said and any(not (k.left_edge.i <= r.i <= k.right_edge.i) for k in claims)


def _intent_noun(verb: Token) -> bool:
    """The verb's object is a noun of intent ('had plans to', 'made a promise to'): the verb only carries it."""
    intention = word_lists()["intention"]
    return any(
        k.dep_ in ("dobj", "attr") and (k.lemma_.lower() in intention or bool(set(noun_verbs(k.lemma_.lower())) & intention))
        for k in verb.children
    )


def _other_participants(r: Token, c: Token, intransitive: bool = False) -> bool:
    """The two say it of different things: both have a subject (or an object), and the two phrases share no word
    ('troops were sent' / 'workers have been sent'; 'Acacine, a compound' is 'a compound'). A pronoun may stand for
    either ('they may have detected' / 'astronomers have detected'), so it tells nothing. `intransitive` (a plan told as
    done): the object of a transitive verb is also compared with the subject of an intransitive one ('did not plan to
    raise prices' / 'costs have risen')."""
    pairs = [(("nsubj", "nsubjpass"), ("nsubj", "nsubjpass")), (("dobj",), ("dobj",))]
    # what is done to: the object of the active, the subject of the passive ('asked to reduce pressure' / 'household
    # supplies will not be reduced')
    # (an active against a passive only: 'drivers will be fined 100 euros' has both; and only an active with no subject
    # of its own to compare: 'owners could face fines' / 'owners were fined' are said of the owners)
    subject = ("nsubj", "nsubjpass")
    if _arguments(r, ("dobj",)) and not _arguments(r, subject) and not _arguments(c, ("dobj",)):
        pairs.append((("dobj",), ("nsubjpass",)))
    if _arguments(c, ("dobj",)) and not _arguments(c, subject) and not _arguments(r, ("dobj",)):
        pairs.append((("nsubjpass",), ("dobj",)))
    objects = {t.lemma_.lower() for t in _arguments(r, ("dobj",))}
    # (not where the candidate's clause has the object all the same, hung elsewhere: 'will run weaving demonstrations')
    if intransitive and not _arguments(c, ("dobj",)) and objects and not objects & {k.lemma_.lower() for k in c.subtree}:
        pairs.append((("dobj",), ("nsubj",)))  # 'plan to raise prices' / 'costs have risen': what changes, either way

    def named(tokens: list[Token]) -> set[str]:
        return {w for t in tokens if t.pos_ != "PRON" and not _back_reference(t) for w in _subtree(t) | {t.lemma_.lower()}}

    # the thing an intransitive verb is said of is what the transitive one is done to ('the counter may close' / 'the
    # police will close the counter'): one event, its doer named on one side only
    for a, b in ((r, c), (c, r)):
        if (
            a.tag_ != "VBN"
            and r.lemma_.lower() == c.lemma_.lower()
            and not _arguments(a, ("dobj", "nsubjpass"))
            and _arguments(b, ("dobj",))
        ):
            if _singular(named(_arguments(a, ("nsubj",)))) & _singular(named(_arguments(b, ("dobj",)))):
                return False
    for r_deps, c_deps in pairs:
        left, right = _arguments(r, r_deps), _arguments(c, c_deps)
        a, b = named(left), named(right)
        # (a plural the lemmatiser left whole at the start of a sentence: 'Eggs will be laid' / 'eggs could be laid')
        if a and b and not _singular(a) & _singular(b) and not _one_deed_named(left, right):
            return True
    return False


def _singular(words: set[str]) -> set[str]:
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words}


def _back_reference(noun: Token) -> bool:
    """'the measure', 'this change', 'the move': a bare noun of a deed with 'the' or 'this' (lexicon `deed_nouns`), which
    points back to what the text is about as a pronoun does, so tells nothing of whom it is said."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon()["deed_nouns"]:
        return False
    kids = list(noun.children)
    return len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ in ("the", "this", "that")


def _one_deed_named(left: list[Token], right: list[Token]) -> bool:
    """Two nouns that name one deed ('the modification' / 'the change'): their verbs paraphrase each other. Not nouns
    of those who do a deed ('tourists', 'players'), which name people, not the deed."""

    def deed(t: Token) -> bool:
        return t.pos_ == "NOUN" and t.ent_type_ == "" and not t.lemma_.lower().endswith(_DOER_SUFFIXES)

    verbs = [{v for t in side if deed(t) for v in noun_verbs(t.lemma_.lower())} for side in (left, right)]
    return any(paraphrase(x, y) for x in verbs[0] for y in verbs[1])


_DOER_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee")


def _arguments(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    return [t for t in verb.children if t.dep_ in deps]


def condition(tok: Token) -> Token | None:
    """The clause that puts a condition on the word's statement, or on a clause it completes ('was prepared to raise
    rates if prices did not ease', 'will strike unless the offer is improved'): its head verb, or None."""
    marks = word_lists()["condition"]
    child = tok
    for head in (tok, *tok.ancestors):
        if head is not tok and child.dep_ not in _OPEN_RELATIONS:
            return None
        for clause in head.children:
            if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children):
                return clause
            if clause.dep_ == "advcl" and clause.i > clause.left_edge.i and _inverted_opening(clause):
                return clause  # 'Should the river rise above 3.2 metres, the car park will be closed'
        child = head
    return None


def _inverted_opening(clause: Token) -> bool:
    """A clause that opens with 'should', 'had' or 'were' before its subject ('should the river rise', 'had the vote
    passed'): a condition said by inversion."""
    first = clause.left_edge
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (
        first.lower_ in ("should", "had", "were") and first.head.i == clause.i and bool(subjects) and all(first.i < s.i for s in subjects)
    )


_HEDGING_MODALS = frozenset({"would", "could", "may", "might", "can"})


def _conditioned(ref: SpacySpan, cand: SpacySpan) -> Iterator[tuple[Token, Token]]:
    """(candidate verb, the reference's condition clause) where the reference puts a condition on a statement
    that the candidate makes with the same verb (or a paraphrase) about the same things, and says no 'if' or 'unless'
    anywhere in the sentence."""
    if _conditional(cand):
        return
    for r in ref:
        clause = condition(r) if r.pos_ == "VERB" else None
        if clause is None or _restricted(cand, clause, r):
            continue
        own = _subtree(r) - _subtree(clause) - {clause.lemma_.lower()}
        same = [c for c in cand if c.pos_ == "VERB" and (c.lemma_.lower() == r.lemma_.lower() or paraphrase(r.lemma_, c.lemma_))]
        scored = [(len(own & _subtree(c)), c) for c in same if not _other_participants(r, c)]
        scored = [x for x in scored if x[0] > 0]
        if not same and r.dep_ == "ROOT":
            # the statement in another verb, the sentence's own, about the same things, with no modal and no word of the
            # condition ('If convicted, Ebner faces up to eight years in prison' / 'Ebner will be sentenced to up to eight
            # years in prison')
            asked = clause.lemma_.lower()
            plain = [c for c in cand if c.dep_ == "ROOT" and c.pos_ == "VERB" and not any(a.lower_ in _HEDGING_MODALS for a in c.children)]
            if not any(t.lemma_.lower() == asked or asked in noun_verbs(t.lemma_.lower()) for t in cand):
                scored = [(n, c) for c in plain if (n := len(own & _subtree(c))) >= 2]
        if scored:
            yield max(scored, key=lambda x: x[0])[1], clause


def _restricted(cand: SpacySpan, clause: Token, stated: Token) -> bool:
    """The candidate tells the condition as whom the statement is about: the condition's verb (or a paraphrase) in a
    restrictive clause (no comma before it) on a noun that the reference's statement has among its words ('if they do
    not collect their vehicle within 24 hours' / 'owners who fail to collect their car within a day')."""
    verb = clause.lemma_.lower()
    said = _subtree(stated) - _subtree(clause)
    # or as a phrase on a noun that holds what the condition says ('if they have three years of work experience' /
    # 'candidates with a minimum of three years' work experience')
    asked = {t.lemma_.lower() for t in clause.subtree if (t.is_alpha or t.like_num) and not t.is_stop and t.i != clause.i}
    # (or on the verb: 'if owners give permission' / 'with owners' permission, X will also paint')
    preps = [t for t in cand if t.dep_ == "prep" and t.lower_ in _HOLDING]
    for prep in (t for t in preps if t.head.pos_ in ("NOUN", "PROPN") or t.lower_ in ("with", "without")):
        held = {t.lemma_.lower() for t in prep.subtree if t.is_alpha or t.like_num}
        if asked and len(asked & held) >= min(2, len(asked)):
            return True
    # (a need in other words: 'Repairs, if they are needed' / 'Any repairs that prove necessary')
    needs = set(lexicon()["need_words"])
    needed = bool({t.lemma_.lower() for t in clause.subtree} & needs)
    for t in cand:
        same = t.pos_ == "VERB" and (t.lemma_.lower() == verb or paraphrase(verb, t.lemma_))
        if not same and not (needed and t.lemma_.lower() in needs):
            continue
        for a in (t, *t.ancestors):
            if a.dep_ in ("relcl", "acl") and a.head.lemma_.lower() in said:
                start = a.left_edge.i
                if not (start > 0 and a.doc[start - 1].text == ","):
                    return True
    return False


_HOLDING = frozenset({"with", "without", "over", "under", "aged", "having"})


def _conditional(sent: SpacySpan) -> bool:
    """The sentence says 'if', 'unless', 'barring' or the like anywhere: a condition, perhaps in other words or hung
    elsewhere by the parse."""
    words = word_lists()["condition_words"]
    # ('only when they see a real danger', 'only where it is safe': a time or place that the statement is limited to)
    only_when = any(t.lower_ in ("when", "where") and t.i > sent.start and t.nbor(-1).lower_ == "only" for t in sent)
    return any(t.lower_ in words for t in sent) or only_when or _inverted_condition(sent) or any(_without_would(t) for t in sent)


def _without_would(t: Token) -> bool:
    """'without a buyer, the paper would close': a 'without' phrase before the subject of a verb of what would happen, a
    condition ('would strike without further notice' says how, not on what condition)."""
    if t.lower_ != "without" or t.dep_ != "prep" or not any(c.dep_ == "aux" and c.lower_ in ("would", "could") for c in t.head.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > t.i for c in t.head.children)


def _inverted_condition(sent: SpacySpan) -> bool:
    """A condition said by putting 'should', 'had' or 'were' before its subject ('could double its capacity should
    demand hold up', 'Had the vote passed, ...'), in a sentence that asks nothing."""
    if sent.text.rstrip().endswith("?"):
        return False
    for t in sent:
        nxt = t.nbor() if t.i + 1 < len(t.doc) else None
        subject = nxt is not None and (nxt.pos_ in ("DET", "PROPN", "NOUN") or nxt.dep_ in ("nsubj", "nsubjpass"))
        if t.lower_ == "should" and subject and nxt.i < sent.end:
            # 'should the dry spell persist': a subject after 'should', however the parser hangs or tags it ('should
            # larvae be detected', 'larvae' read as a verb but the subject still)
            return True
        if t.lower_ == "should" and _subject_read_as_verb(t, nxt) and nxt.i < sent.end:
            return True
        pronoun = nxt is not None and nxt.dep_ in ("expl", "nsubj", "nsubjpass") and nxt.pos_ == "PRON"
        if t.lower_ == "should" and pronoun and nxt.i < sent.end:
            return True  # 'should there be more applicants', 'should it rain': a pronoun subject after 'should'
        if t.lower_ in ("should", "had", "were") and t.dep_ in ("aux", "auxpass", "ccomp", "ROOT", "advcl"):
            head = t if t.dep_ not in ("aux", "auxpass") else t.head
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and all(c.i > t.i for c in subjects):
                return True
    return False


def _subject_read_as_verb(should: Token, nxt: Token | None) -> bool:
    """'should demand match forecasts': the parser reads the subject after 'should' as the verb, with the real verb
    right after it; the verb it makes has no subject of its own and heads no joined clause ('and should help reduce
    waste' shares the subject before it)."""
    if nxt is None or should.dep_ != "aux" or should.head.i != nxt.i or nxt.i + 1 >= len(nxt.doc):
        return False
    after = nxt.nbor()
    joined = nxt.dep_ == "conj" and (should.i > 0 and should.nbor(-1).pos_ == "CCONJ" or any(c.dep_ == "cc" for c in nxt.children))
    if after.tag_ != "VB" or joined or nxt.dep_ == "xcomp":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in nxt.children)


def by_estimate(sent: SpacySpan) -> list[str]:
    """A phrase that gives the whole sentence as an estimate, opinion or proposal ('by the council's estimate', 'in the
    court's view', 'according to estimates', 'under its proposal'): [its noun], or []."""
    nouns = lexicon()["belief_nouns"]
    wanted = set(lexicon()["directive_predicates"])

    def framing(t: Token) -> bool:  # 'by its estimate', 'in the court's view', 'under its proposal'
        return t.lemma_.lower() in nouns or (t.head.lower_ == "under" and bool(set(noun_verbs(t.lemma_.lower())) & wanted))

    for t in sent:
        if framing(t) and t.dep_ == "pobj" and t.head.lower_ in ("by", "in", "to", "under") and t.head.head.pos_ in ("VERB", "AUX"):
            # someone's estimate ('the council's', 'its', 'most'); not 'in view of the forecast'
            owned = any(c.dep_ in ("poss", "det", "amod", "compound") for c in t.children)
            if t.head.lower_ == "under" and not any(c.dep_ in ("poss", "det") for c in t.children):
                continue  # 'under its proposal', not 'under severe pressure'
            according = t.head.lower_ == "to" and t.head.head.lower_ == "according"  # 'according to the estimates of the organisers'
            if owned and (according or not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)):
                return [t.lower_]
    return []


def _governs_clause(adjective: Token) -> bool:
    """'is likely to win': the adjective hedges the verb it governs, not the subject ('no party is likely to win')."""
    return any(c.dep_ in ("xcomp", "ccomp") for c in adjective.children)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _or_not(whether: Token) -> bool:
    """'whether or not': either way, no question left open."""
    doc = whether.doc
    return whether.i + 2 < len(doc) and doc[whether.i + 1].lower_ == "or" and doc[whether.i + 2].lower_ == "not"


def _past_copula(adjective: Token) -> bool:
    """'were able to', 'was able to': the adjective on a past copula with no modal ('would be able' is open)."""
    copula = adjective.head
    if copula.lemma_ != "be" or any(c.dep_ == "aux" for c in copula.children):
        return False
    return copula.tag_ == "VBD"


def _can(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("can", "cannot", "ca") for c in tok.children)


def _has_condition(tok: Token) -> bool:
    """The word has a condition of its own: 'would double the grant if the club could show ...'."""
    marks = ("if", "unless", "provided", "providing")
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children) for c in tok.children)


def _in_worded_condition(tok: Token) -> bool:
    """The word is inside a condition told by a word of condition before its verb ('subject to getting permission',
    'depending on finding a buyer'; lexicon `condition_words`)."""
    for a in tok.ancestors:
        if a.lower_ in word_lists()["condition_words"]:
            return True
        if a.pos_ in ("VERB", "AUX"):
            return False
    return False


def _if_clause(tok: Token) -> bool:
    """The word is in a condition: 'if the weather allows', 'unless the pitch is likely to be waterlogged'."""
    for t in (tok, *tok.ancestors):
        if any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "provided", "providing") for m in t.children):
            return True
        if t.dep_ not in ("xcomp", "ccomp", "acomp", "attr", "oprd", "pcomp"):
            return False
    return False


def _hoped_for(tok: Token) -> str | None:
    """The verb of hope or intent whose clause the word heads ('hoped [that] most cuts could be voluntary'): its lemma."""
    lex = lexicon()
    hoping = set(lex["intention_predicates"]) | set(lex["volition_predicates"])
    if tok.dep_ not in ("ccomp", "xcomp") or tok.head.pos_ != "VERB":
        return None
    name = tok.head.lemma_.lower()
    return name if name in hoping else None


def _wished(tok: Token) -> bool:
    """Said only as what someone wants or asks for: the clause's own governor a verb of wanting or asking, reached
    through a noun or a passive participle ('wanted a guarantee that they could return', 'wanted it guaranteed in
    writing that they would get their stalls back'), in either text; not a reason or a warning given beside it
    ('demanded talks because jobs might be lost')."""
    wanting = set(lexicon()["volition_predicates"]) | set(lexicon()["directive_predicates"])
    child = tok
    for head in tok.ancestors:
        if child.dep_ in ("advcl", "relcl", "conj", "parataxis", "csubj", "csubjpass", "appos"):
            return False
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in lexicon()["commitment_nouns"]:
            return False  # 'demanded an explanation of why the bridge might close': what is explained is no wish
        if head.pos_ == "VERB" and head.lemma_.lower() in wanting:
            return True
        # a gerund after a preposition ('in writing'), a bare participle over the clause ('wanted it guaranteed'): on
        # the way up; any other verb has the clause as its own ('warned that the water may be unsafe', 'know whether it
        # might close')
        helped = any(c.dep_ in ("aux", "auxpass") for c in head.children)
        bare = head.tag_ in ("VBN", "VBD") and head.dep_ in ("ccomp", "xcomp", "oprd") and not helped
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("pcomp", "pobj") and not bare:
            return False
        child = head
    return False


def _let_do(tok: Token) -> bool:
    """The word is what someone is let or allowed to do ('will let three artists take seats, on condition that they
    draw neither jurors nor witnesses'): a permission word over it in its own statement, not denied; a 'may' or 'can'
    of the other text may be that leave ('may sit ..., provided they do not draw')."""
    child = tok
    for head in tok.ancestors:
        if child.dep_ in ("conj", "parataxis") or paratactic(tok.doc, child.i, head.i):
            return False
        if head.lemma_.lower() in _permissions() and not denied(head):
            return True
        child = head
    return False


def _conditional_either_way(plain: Token, hedged: Token) -> bool:
    """A possibility inside a conditional ('which would mean only cheeses made in the valley could carry the name')
    told as the conditional itself ('which would restrict the name to cheeses made in the valley'): open either way.
    Not a plain 'could' told as 'would' ('could increase' / 'would increase'), which settles what was open."""
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in plain.children):
        return False
    # the possibility is what the conditional says ('would mean [that] only ... could'): a complement of the 'would'
    # verb, not a clause joined to it ('would hurt traders and could cost jobs')
    tok = hedged
    while tok.dep_ in ("ccomp", "xcomp") and tok.head.i != tok.i:
        tok = tok.head
        if any(c.dep_ == "aux" and c.lower_ == "would" for c in tok.children):
            return True
    return False


def _shared_hedge(tok: Token) -> set[str]:
    """The hedge on the first of joined nouns, which may be said of this one too ('suspected strokes and heart
    attacks'): only to clear a finding, since it may not be ('suspected cocaine and cash')."""
    if tok.pos_ != "NOUN" or tok.dep_ != "conj" or tok.head.pos_ != "NOUN" or any(c.dep_ in ("det", "amod") for c in tok.children):
        return set()
    return {c.lower_ for c in tok.head.children if c.dep_ == "amod" and (c.lower_ in word_lists()["hedge_adj"] or _believed(c))}


def _verb_hedged(tok: Token) -> bool:
    """A noun whose verb is hedged: 'two months' in 'is expected to last two months' is as open as the lasting."""
    arguments = ("dobj", "npadvmod", "attr", "nsubj", "nsubjpass")
    return tok.pos_ == "NOUN" and tok.dep_ in arguments and tok.head.pos_ in ("VERB", "AUX") and bool(hedges(tok.head))


def _reckoned_in_relative(tok: Token) -> bool:
    """A participle that names a thing ('the money raised'), whose amount a clause of reckoning on it gives ('the money
    raised, which is forecast at $9m a year'): what it comes to is open there, as in 'expected to reach $9m'."""
    if tok.tag_ not in ("VBN", "VBD"):
        return False
    belief = word_lists()["belief"] | set(lexicon()["hearsay_passives"])

    def relative(c: Token) -> bool:  # 'which is forecast at', wherever the parse hung it
        return c.dep_ == "relcl" or any(w.dep_ in ("nsubj", "nsubjpass") and w.tag_ == "WDT" for w in c.children)

    return any(relative(c) and c.lemma_.lower() in belief for t in (tok, tok.head) for c in t.children if c.i > tok.i)


@lru_cache(maxsize=1)
def _belief_forms() -> frozenset[str]:
    """The verbs of belief in their forms ('believes', 'thought')."""
    out = set()
    for lemma in word_lists()["belief"]:
        out |= {lemma, lemma + "s", lemma + "d", lemma + "ed", lemma + "es"}
    return frozenset(out | {"thought", "thinks"})


def _asked_for_by_noun(verb: Token) -> bool:
    """An infinitive on a noun of asking ('a request to put up a maypole', 'an application to build'; WordNet's verb of
    the noun among lexicon `directive_predicates`, `request_predicates` and the asking of the `application` event): the deed
    is only asked for."""
    head = verb.head
    if verb.dep_ != "acl" or head.pos_ != "NOUN" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    lex = lexicon()
    asking = {*lex["directive_predicates"], *lex["request_predicates"], *lex["event_alternatives"]["application"][0]}
    # (not a request granted: 'was granted its application to build' tells the deed as allowed)
    granting = {*lex["event_alternatives"]["application"][1], *lex["event_alternatives"]["decision"][1], *lex["support_predicates"]}
    granting |= {*lex["adoption_predicates"], "allow", "permit"}
    if head.head.pos_ == "VERB" and head.head.lemma_.lower() in granting and not denied(head.head):
        return False
    return bool(asking & {head.lemma_.lower(), *noun_verbs(head.lemma_.lower())})


def _believed_in_own_relative(noun: Token) -> bool:
    """A noun with a relative clause of belief on it, however the parse joins the clauses ('a collection that he has
    spent years building and which he thinks is Europe's largest'): what is believed of it is told as a belief."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    belief = word_lists()["belief"]
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        for verb in (clause, *(c for c in clause.children if c.dep_ == "conj")):
            if verb.lemma_.lower() in belief and any(c.dep_ == "ccomp" and any(w.tag_ == "WDT" for w in c.children) for c in verb.children):
                return True
    return False


def _claimed(said: list[str]) -> bool:
    """Every hedge is a verb of saying or claiming ('alleges', 'claims'): the statement is someone's claim."""
    claiming = set(word_lists()["speech"]) | set(lexicon()["hearsay_passives"])

    def forms(word: str) -> set[str]:  # 'alleges', 'alleged', 'claiming' -> 'allege', 'claim'
        w = word.lower()
        return {w, w[:-1], w[:-2], w[:-3]}

    return bool(said) and all(forms(h) & claiming for h in said)


def _according_to_claim(tok: Token) -> bool:
    """The word's sentence gives its statement 'according to' a claim, statement or allegation ('According to her
    claim, the owner did not inspect it')."""
    nouns = set(lexicon()["speech_nouns"])
    return any(
        t.lower_ == "according" and any(p.lower_ == "to" and any(o.lemma_.lower() in nouns for o in p.children) for p in t.children)
        for t in tok.sent
    )


def _attributed(tok: Token) -> bool:
    """The statement is someone's: under a speech verb, or in a sentence with 'according to'."""
    speech = word_lists()["speech"]
    if any(a.lemma_.lower() in speech for a in tok.ancestors):
        return True
    return any(t.lower_ == "according" and t.nbor().lower_ == "to" for t in tok.sent if t.i + 1 < len(tok.doc))


def _backshifted(tok: Token) -> bool:
    """The word is reported in the past ('said patients could now be seen'): its 'could' may be the speaker's 'can'."""
    speech = word_lists()["speech"]
    return any(a.lemma_.lower() in speech and a.tag_ in ("VBD", "VBN") for a in tok.ancestors)


def _found_past(tok: Token) -> bool:
    """The word is in a clause that a past verb of saying or finding reports ('concluded that the silos could not be
    repaired'): its 'could not' is what was found to be beyond reach, a fact told."""
    verbs = word_lists()["speech"] | set(lexicon()["evidence_predicates"])
    clause = next((a for a in (tok, *tok.ancestors) if a.dep_ == "ccomp"), None)
    return clause is not None and clause.head.lemma_.lower() in verbs and clause.head.tag_ in ("VBD", "VBN")


def _unproven(tok: Token) -> bool:
    """The word heads what a denied verb of evidence does not show ('could not establish that phone use caused it',
    'does not prove phones are to blame'; lexicon `evidence_predicates`): left unknown, a hedge either way."""
    head = tok.head
    return tok.dep_ == "ccomp" and head.lemma_.lower() in lexicon()["evidence_predicates"] and negated(head)


def _put_at_figure(verb: Token) -> bool:
    """'puts the cost at $220,000', 'placed the damage at 40 million': a figure given as someone's reckoning, an
    estimate as 'estimates' says it."""
    if verb.lemma_.lower() not in ("put", "place") or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    # (the 'at' wherever the parse hangs it: 'puts the cost of restoring the dunes at $220,000' hangs it on 'restoring')
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(t.like_num for t in c.subtree) for c in verb.subtree)


def _estimate_of(word: Token) -> bool:
    """The word is what an estimate is of: 'estimated' on it or above it ('estimated damage at $18.5 million', parsed
    as an adjective or as the verb)."""
    near = [*word.children, word.head] if word.head.i != word.i else list(word.children)
    return any(t.lemma_.lower() == "estimate" or t.lower_ == "estimated" for t in near)


def _estimated_figure(verb: Token) -> bool:
    """The verb's own clause gives one of its participants as an estimate ('was completed by an estimated 90,000
    readers'): what it says is an estimate, as 'are thought to finish' or 'estimates that' make it."""
    for t in verb.subtree:
        # ('estimated' by its lemma or as the tagger's adjective: 'of the estimated £2.7m cost')
        estimated = any(c.dep_ == "amod" and (c.lemma_.lower() == "estimate" or c.lower_ == "estimated") for c in t.children)
        if t.pos_ not in ("NOUN", "NUM", "PROPN") or not estimated:
            continue
        governor = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if governor is not None and governor.i == verb.i:
            return True
    return False


def _hedge_word(t: Token) -> bool:
    """A word that leaves something open: a modal of possibility, a hedge adverb or adjective, a verb of belief, 'risk',
    a word of a timetable ('due', 'slated'); not 'than expected', 'due to the rain'."""
    lex, more = word_lists(), lexicon()
    words = lex["hedge_modal"] | lex["hedge_adv"] | lex["hedge_adj"] | set(more["schedule_words"]) - {"set", "planned", "estimated"}
    if t.i and t.doc[t.i - 1].lower_ in ("than", "as"):
        return False  # 'faster than expected', 'as expected': a comparison with a forecast
    after = t.doc[t.i + 1 : t.i + 3]
    if t.lower_ == "due" and after[:1].text.lower() == "to" and not (len(after) == 2 and after[1].tag_ == "VB"):
        return False  # 'due to falling orders': because of; 'is due to open' is a timetable
    participle = t.lower_ in more["hedging_participles"] and len(after) == 2 and after[0].lower_ == "to" and after[1].tag_ == "VB"
    participle = participle and not any(c.dep_ == "nsubj" for c in t.children)  # 'Thought to be', not 'the minister said to MPs'
    return participle or t.lower_ in words or t.lemma_.lower() == "risk" or (t.pos_ == "VERB" and t.lemma_.lower() in lex["belief"])


def _inverted(modal: Token) -> bool:
    return modal.lower_ == "should" and any(s.dep_ in ("nsubj", "nsubjpass") and s.i > modal.i for s in modal.head.children)


def hedged_above(tok: Token) -> list[str]:
    """The hedge words over the word however the parse hangs them: the word's own modal or adverb, or a hedge word
    among the words it hangs from ('600 dancers, drawn from 23 teams, are likely to attend', 'which is likely to be in
    May', 'risk having their licence withdrawn'), through relations the hedge walk of `hedges` stops at. Not a hedge
    below or beside it ('will close due to falling orders', 'despite the risk of strikes', 'and drivers should
    expect delays')."""
    own = [c for c in tok.children if c.dep_ in ("aux", "advmod") and _hedge_word(c)]
    # the words it hangs from, up to a clause joined on or set beside it with a semicolon, which says its own thing;
    # a hedge word among them, or a modal on one ('may ask anyone who breaks the rule to leave'), but not 'should'
    # before its subject, a condition ('should staff refuse, they could lose their jobs')
    chain, child = [], tok
    # a noun's modifier has its own hedge or none: 'expect the damaged bridge to reopen' expects the reopening only
    for head in () if tok.dep_ in ("amod", "compound", "nummod", "poss") else tok.ancestors:
        if (child.dep_ == "conj" and not _shares_verb_phrase(child)) or child.dep_ == "parataxis" or paratactic(tok.doc, child.i, head.i):
            break
        chain.append(head)
        child = head
    above = [a for a in chain if _hedge_word(a)]
    above += [c for a in chain for c in a.children if c.dep_ in ("aux", "advmod") and _hedge_word(c) and not _inverted(c)]
    # a relative clause that says of the whole statement how likely it is ('when it opens, which is likely to be in May')
    own += [
        h
        for r in tok.children
        if r.dep_ in ("relcl", "ccomp") and any(w.dep_ == "nsubj" and w.lower_ == "which" for w in r.children)
        for h in (r, *r.children)
        if _hedge_word(h)
    ]
    # a copula's hedge over its subject's phrase: 'Some 600 dancers ... are likely to attend'
    heads = [a for a in (tok, *chain) if a.dep_ in ("nsubj", "nsubjpass")]
    over_subject = [c for h in heads for c in h.head.children if c.dep_ in ("acomp", "aux", "advmod") and _hedge_word(c)]
    return [t.lower_ for t in (*own, *above, *over_subject) if t is not tok] + ([tok.lower_] if tok.lemma_.lower() == "risk" else [])


def _shares_verb_phrase(verb: Token) -> bool:
    """A participle or bare verb joined to another with neither subject nor auxiliary of its own ('is thought to have
    been carried off at night and sold on'): the same clause, under the same hedge."""
    own = any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children)
    # (a past tense joined to a participle is a participle the tagger misread: 'been carried off ... and sold on')
    unfinite = verb.tag_ in ("VBN", "VB", "VBG") or (verb.tag_ == "VBD" and verb.head.tag_ in ("VBN", "VB", "VBG"))
    return unfinite and verb.head.pos_ == "VERB" and not own


def _with_plain_governor(c: Token, r: Token, ref_hedges: list[str]) -> tuple[int, int]:
    """The candidate word's extent, from the verb that governs its clause where the reference's hedge is on the verb
    that governs the reference's ('may indicate that the species is spreading' / 'shows that the species is spreading':
    the plain 'shows' is what changed)."""
    start, end = _extent(c)
    if ref_hedges and c.dep_ == "ccomp" and r.dep_ == "ccomp" and c.head.pos_ == "VERB" and _own_hedges(r.head) and not _own_hedges(c.head):
        return min(start, _extent(c.head)[0]), end
    return start, end


def _extent(tok: Token) -> tuple[int, int]:
    # its auxiliaries, negation and modifiers before it ('will not remove'), not an adverb far after ('..., down 45%')
    parts = [tok, *(c for c in tok.children if c.dep_ in ("aux", "auxpass", "neg", "amod", "advmod") and c.i < tok.i + 2)]
    return min(t.idx for t in parts), max(t.idx + len(t.text) for t in parts)


def _leave_words_in(sent) -> list[Token]:
    """Words that give leave or a right: 'is entitled to', 'are allowed to', 'may' (lexicon `permission_predicates`,
    `permission_adjectives`)."""
    lex = lexicon()
    verbs, adjectives = lex["permission_predicates"], lex["permission_adjectives"]
    # (an adjective with what it gives leave to: 'free to use', 'entitled to 15 hours'; not 'free' as no charge)
    after = {t.i: t.doc[t.i + 1].lower_ for t in sent if t.i + 1 < len(t.doc)}
    given = [t for t in sent if t.lower_ in adjectives and (after.get(t.i) == "to" or (t.lower_ == "eligible" and after.get(t.i) == "for"))]
    # ('may' on a verb of its own: 'may apply'; 'may be asked to resit' is a chance)
    # (not the month: 'open on 3 May', a capital inside the sentence)
    may = [t for t in sent if t.lower_ == "may" and (t.text == "may" or t.is_sent_start) and t.tag_ == "MD"]
    may = [t for t in may if t.head.lemma_ != "be" and not any(c.dep_ == "auxpass" for c in t.head.children)]
    # (a denied permission, 'are not allowed on the grassland', 'may not open before September', is a ban, no leave)
    may = [t for t in may if not denied(t.head)]
    return [t for t in sent if t.lemma_.lower() in verbs and t.pos_ == "VERB" and not denied(t)] + may + given


def _to_just_after(have: Token, verb: Token) -> bool:
    """The verb's 'to' follows 'have' at once ('have to pay', 'have to be planted')."""
    return any(a.lower_ == "to" and a.i == have.i + 1 for a in verb.children)


def _duty_words_in(sent) -> list[Token]:
    """Words that put a duty: 'must', 'is obliged to', 'are required to', 'have to' (lexicon `duty_predicates`)."""
    lex = lexicon()
    passive = [t for t in sent if t.lemma_.lower() in lex["duty_predicates"] and any(c.dep_ == "auxpass" for c in t.children)]
    # ('have to pay', not 'have until 30 September to do so', a time allowed)
    have_to = [
        t
        for t in sent
        if t.lemma_.lower() == "have" and any(c.dep_ == "xcomp" and c.tag_ in ("VB", "VBN") and _to_just_after(t, c) for c in t.children)
    ]
    return [t for t in [*passive, *have_to, *(t for t in sent if t.lower_ == "must")] if not denied(t)]


def _to_qualify(verb: Token) -> bool:
    """A duty with a clause of purpose before it ('To qualify, a business must show ...'): what it takes, a condition."""
    return any(c.dep_ == "advcl" and c.i < verb.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def _leave_told_as_duty(ctx: Context, seen: set[int]) -> Iterator[Finding]:
    """A right or leave in the reference sentence that the aligned candidate sentence makes a duty ('each child will be
    entitled to 15 hours a week' / 'each one will be obliged to attend 15 hours a week'), where neither sentence has
    a word of the other kind."""
    for ref_sent, cand_sent in sentence_pairs(ctx):
        leave, duty = _leave_words_in(ref_sent), _duty_words_in(cand_sent)
        if not leave and duty:
            # or a plain 'can' on the very deed the duty is put on ('pupils can wear trainers' / 'are required to wear')
            deeds = {v.lemma_.lower() for v in _duty_verbs(cand_sent)}
            leave = [t for t in ref_sent if t.lower_ == "can" and t.tag_ == "MD" and not denied(t.head) and t.head.lemma_.lower() in deeds]
            # (not a 'can' that picks out who qualifies against a duty put as what it takes to qualify: 'open to
            # businesses that can show a fall' / 'to qualify, a business must show a fall')
            leave = [t for t in leave if not (t.head.dep_ == "relcl" and any(_to_qualify(v) for v in _duty_verbs(cand_sent)))]
        if not leave or not duty or _duty_words_in(ref_sent) or duty[0].i in seen:
            continue
        clause = {t.i for t in (duty[0].head if duty[0].lower_ == "must" else duty[0]).subtree}
        if any(t.lower_ in _MAYBE for t in cand_sent):
            continue  # 'must be checked; holders could be asked to resit': the chance is kept beside the duty
        kept = {t.lemma_.lower() for t in leave}
        if any(t.i in clause or t.lemma_.lower() in kept for t in _leave_words_in(cand_sent)):
            continue  # 'may park but must display a permit': leave and a duty both; the reference's leave kept
        seen.add(duty[0].i)
        yield ctx.finding(
            FindingType.MODALITY,
            Severity.MAJOR,
            0.6,
            f"the reference gives a right or leave ('{leave[0].text}'); the candidate makes it a duty ('{duty[0].text}')",
            _extent(duty[0]),
            _extent(leave[0]),
            NAME,
        )


def _odds_changed(r: Token, c: Token, ref_hedges: list[str], cand_hedges: list[str]) -> str | None:
    """The candidate's degree of chance ('likely' or 'possible', lexicon `chance_degrees`) where the reference gives the
    other one ('an eruption was possible' / 'an eruption was likely'); None where either side has any other hedge or
    none, or where either word is denied ('not possible' is no chance)."""
    degrees = lexicon()["chance_degrees"]

    def degree(said: list[str]) -> str | None:  # one degree for every hedge said, or None
        found = {next((d for d, words in degrees.items() if h.lower() in words), None) for h in said}
        return found.pop() if len(found) == 1 and None not in found else None

    if not ref_hedges or not cand_hedges or denied(r) or denied(c):
        return None
    mine, theirs = degree(cand_hedges), degree(ref_hedges)
    return mine if mine is not None and theirs is not None and mine != theirs else None


def _could_told_as_would(r: Token, c: Token, ref_hedges: list[str], cand_hedges: list[str]) -> bool:
    """What might have happened ('could have faced closure', 'might have died') told as what would have ('would have
    closed'): a chance made a certainty, both counterfactual."""
    perfect = any(a.dep_ == "aux" and a.lemma_ == "have" for a in r.children)
    return perfect and bool(ref_hedges) and set(ref_hedges) <= {"could", "might", "may"} and cand_hedges == ["would have"]


def _duty_verbs(sent) -> list[Token]:
    """The verbs a duty is put on: under 'must', 'have to', 'need to' or a passive 'is required to' ('others will need
    to apply', 'must open it to other groups')."""
    out = []
    for t in _duty_words_in(sent):
        out += [t.head] if t.lower_ == "must" else [c for c in t.children if c.dep_ == "xcomp"]
    need = [t for t in sent if t.lemma_.lower() == "need" and t.pos_ == "VERB" and not denied(t)]
    out += [c for t in need for c in t.children if c.dep_ == "xcomp" and c.tag_ == "VB"]
    return [v for v in out if v.pos_ in ("VERB", "AUX")]


def _leave_verbs(sent) -> list[Token]:
    """The verbs leave is given to: under 'can' or 'may', or after 'allowed to', 'free to' ('others can apply')."""
    out = [t.head for t in sent if t.lower_ in ("can", "may") and t.tag_ == "MD" and not denied(t.head)]
    # (not a 'can' of how far a thing goes: 'can wait as long as three hours' says what may happen, no leave)
    # (with a figure: 'can keep hens as long as they register' is leave on a condition)
    out = [v for v in out if not (_under_ceiling(v) and any(t.like_num for t in v.subtree))]
    for t in _leave_words_in(sent):
        out += [c for c in t.children if c.dep_ == "xcomp"]
    return [v for v in out if v.pos_ in ("VERB", "AUX") and not any(c.dep_ == "auxpass" for c in v.children)]


def _duty_told_as_leave(ctx: Context, seen: set[int]) -> Iterator[Finding]:
    """A duty in the reference sentence that the aligned candidate sentence gives as leave, said of the same deed ('others
    will need to apply online' / 'others can apply online', 'must open it to other groups' / 'can make it available to
    other groups'), where the reference gives no leave and the candidate no duty there."""
    for ref_sent, cand_sent in sentence_pairs(ctx):
        duties, leaves = _duty_verbs(ref_sent), _leave_verbs(cand_sent)
        if not duties or not leaves or _duty_verbs(cand_sent) or _leave_verbs(ref_sent) or _leave_words_in(ref_sent):
            continue
        yield from _told_otherwise(
            ctx,
            seen,
            leaves,
            duties,
            lambda r, c: r.lemma_.lower() == c.lemma_.lower() or len(_unjoined(r) & _unjoined(c)) >= 2,
            lambda r, c: f"the reference makes this a duty ('{_duty_said(r)}'); the candidate gives it as leave ('{_leave_said(c)}')",
        )


def _told_otherwise(ctx: Context, seen: set[int], mine: list[Token], theirs: list[Token], same, message) -> Iterator[Finding]:
    """The first of the candidate's words `mine` that says the deed of one of the reference's `theirs` (`same`) in
    another mode, as a major modality finding with `message(reference word, candidate word)`; not one already reported,
    nor leave given on a condition."""
    for c in mine:
        done = next((r for r in theirs if same(r, c)), None)
        if done is None or c.i in seen or _leave_on_condition(c):
            continue
        seen.add(c.i)
        yield ctx.finding(FindingType.MODALITY, Severity.MAJOR, 0.6, message(done, c), _extent(c), _extent(done), NAME)
        break


def _aimed_verbs(sent) -> list[Token]:
    """The verbs of what someone aims, hopes, plans or tries to do ('aims to clear priority routes'): the deed under a
    verb of intent (lexicon `intention_predicates`, `volition_predicates`), not one promised ('pledged to clear',
    lexicon `commitment_nouns`), which binds as a duty does."""
    lex = lexicon()
    aims = (set(lex["intention_predicates"]) | set(lex["volition_predicates"])) - set(lex["commitment_nouns"])
    return [
        c
        for c in sent
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c.head.lemma_.lower() in aims and not denied(c.head) and not hedges(c.head)
    ]


def _duty_told_as_aim(ctx: Context, seen: set[int]) -> Iterator[Finding]:
    """A duty in the reference sentence that the aligned candidate sentence gives as an aim, said of the same deed
    ('must clear priority routes within four hours' / 'aims to clear priority routes within four hours'), or an aim
    given as a duty, where neither sentence has a word of the other kind: a rule told as a wish, or a wish as a rule."""
    yield from _duty_told_as_other(ctx, seen, _aimed_verbs, "an aim")


def _duty_told_as_other(ctx: Context, seen: set[int], other_verbs, kind: str) -> Iterator[Finding]:
    """A duty of the reference told as another mode of the same deed (`other_verbs` reads its verbs; `kind` names it,
    'an aim', 'a request'), or that mode made a duty, where neither sentence has both kinds (a sentence with both keeps
    both: nothing told as the other)."""
    for ref_sent, cand_sent in sentence_pairs(ctx):
        mixed = any(_duty_verbs(sent) and other_verbs(sent) for sent in (ref_sent, cand_sent))
        for theirs, mine, told in (
            (_duty_verbs(ref_sent), other_verbs(cand_sent), f"a duty; the candidate gives it as {kind}"),
            (other_verbs(ref_sent), _duty_verbs(cand_sent), f"{kind}; the candidate makes it a duty"),
        ):
            if not theirs or not mine or mixed:
                continue
            yield from _told_otherwise(
                ctx,
                seen,
                mine,
                theirs,
                lambda r, c: r.lemma_.lower() == c.lemma_.lower() and len(_unjoined(r) & _unjoined(c)) >= 2,
                lambda r, c, told=told: f"the reference makes '{r.text}' {told} ('{c.head.text if c.dep_ == 'xcomp' else _duty_said(c)}')",
            )


def _requested_verbs(sent) -> list[Token]:
    """The deeds someone is asked, urged or encouraged to do ('will be encouraged to work', 'urged runners to check';
    lexicon `request_predicates`), not denied."""
    asking = set(lexicon()["request_predicates"])
    return [c for c in sent if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c.head.lemma_.lower() in asking and not denied(c.head)]


def _duty_told_as_request(ctx: Context, seen: set[int]) -> Iterator[Finding]:
    """A duty in the reference sentence that the aligned candidate sentence gives as a request, of the same deed ('will
    be required to work in an underserved region' / 'will be encouraged to work in an underserved region'), or a
    request made a duty: a rule told as a plea, or a plea as a rule."""
    yield from _duty_told_as_other(ctx, seen, _requested_verbs, "a request")


_PLANNED = frozenset({"plan", "propose", "intend"})
_COMMITTING = frozenset({"promise", "pledge", "vow", "commit", "guarantee"})


def _weighed_told_as_promised(ctx: Context, seen: set[int]) -> Iterator[Finding]:
    """A thing the reference has a party only weigh ('said it would consider transitional relief') that the aligned
    candidate sentence has it promise, or decide on ('has promised transitional relief', 'agreed to transitional
    relief'): the same thing, weighed on one side, committed to on the other."""
    committing = _COMMITTING | set(lexicon()["decision_predicates"])
    weighing = set(lexicon()["deliberation_predicates"])
    for ref_sent, cand_sent in sentence_pairs(ctx):
        weighed = [r for r in ref_sent if r.pos_ == "VERB" and r.lemma_.lower() in weighing and not denied(r)]
        if not weighed or any(t.pos_ == "VERB" and t.lemma_.lower() in weighing for t in cand_sent):
            continue
        for c in cand_sent:
            if c.pos_ != "VERB" or c.i in seen or denied(c) or hedges(c):
                continue
            if c.lemma_.lower() in committing:
                # what is weighed and what is promised: the verb's object, or the object of the deed it governs
                things = _objects(c) | {o for x in c.children if x.dep_ == "xcomp" for o in _objects(x)}
                r = next((r for r in weighed if _objects(r) & things or _one_thing(_possible_things(r), things)), None)
            else:
                # or the weighed deed itself told as what will be done ('was considering an appeal' / 'said she would
                # appeal')
                # (or the weighed thing as the deed's object: 'was considering a legal challenge' / 'would launch a
                # legal challenge', 'was considering a second vehicle' / 'a second vehicle will be provided')
                # (not a weighing promised itself, told in other words: 'would examine the plans' / 'would scrutinise
                # the plans')
                def weighs(r: Token, c: Token = c, ref_sent: SpacySpan = ref_sent) -> bool:
                    if c.lemma_.lower() in _weighed_things(r):
                        return True
                    # (or a verb a step from it in WordNet: 'would consider further increases' / 'would raise grants
                    # further'; the candidate's sentence weighs nothing, and the reference's has no such verb of its
                    # own, weighed by nothing: 'would raise fees in April and would consider further increases')
                    own = any(
                        t.pos_ == "VERB"
                        and t.i != r.i
                        and t.lemma_.lower()
                        not in {*lexicon()["speech_predicates"], "make", "have", "be", "do", "get", "take", "give", "go"}
                        and paraphrase(t.lemma_.lower(), c.lemma_.lower(), steps=1)
                        and not _weighing(hedges(t))
                        for t in ref_sent
                    )
                    if not own and any(paraphrase(c.lemma_.lower(), w, steps=1) for w in _weighed_things(r) if senses(w)):
                        return True
                    # (a weighing promised, 'would consider a wider ban', against a verb that brings in or widens the
                    # thing weighed: 'will extend the ban'; not 'would examine' / 'would scrutinise the plans', nor
                    # 'would consider the proposal' / 'would assess the proposal')
                    brought_in = verb_lemma(c) in lexicon()["introducing_predicates"]
                    return (
                        bool(_done_to(c) & _weighed_things(r))
                        and (not _promised(r) or brought_in)
                        and not paraphrase(r.lemma_.lower(), c.lemma_.lower())
                    )

                r = next((r for r in weighed if weighs(r)), None) if _promised(c) else None
            if r is None:
                continue
            seen.add(c.i)
            yield ctx.finding(
                FindingType.MODALITY,
                Severity.MAJOR,
                0.6,
                f"the reference has this only weighed ('{r.text}'); the candidate says it was {c.text}"
                if c.lemma_.lower() in committing
                else f"the reference has this only weighed ('{r.text}'); the candidate says it will be done ('{c.text}')",
                _extent(c),
                _extent(r),
                NAME,
            )


_POSSIBILITY_NOUNS = frozenset({"possibility", "option", "idea", "prospect", "feasibility"})


def _possible_things(verb: Token) -> set[str]:
    """What a verb of deliberation weighs through a noun of possibility: 'examining the possibility of financial aid':
    'aid'."""
    nouns = [t for t in verb.children if t.dep_ == "dobj" and t.lemma_.lower() in _POSSIBILITY_NOUNS]
    return {
        o.lemma_.lower() for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    }


def _one_thing(these: set[str], those: set[str]) -> bool:
    """The same noun, or two whose verbs are near paraphrases ('financial aid' / 'financial support')."""
    return bool(these & those) or any(
        paraphrase(v, w, steps=1) for x in these for y in those for v in (noun_verbs(x) or (x,)) for w in (noun_verbs(y) or (y,))
    )


def _weighed_things(verb: Token) -> set[str]:
    """What a verb of deliberation weighs, as verbs: its object noun's verbs ('considering an appeal': 'appeal', 'a
    compensation scheme': 'compensate') or the deed it governs ('considering appealing')."""
    # (and the noun before it: 'considering a compensation scheme': 'compensate')
    nouns = [t for t in verb.children if t.dep_ == "dobj" and t.pos_ == "NOUN"]
    nouns += [c for t in nouns for c in t.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    out = {v for t in nouns for v in (t.lemma_.lower(), *noun_verbs(t.lemma_))}
    return out | {t.lemma_.lower() for t in verb.children if t.dep_ in ("xcomp", "ccomp") and t.pos_ == "VERB"}


def _promised(verb: Token) -> bool:
    """The deed is told as promised or decided: under a verb of commitment or decision ('pledged to appeal', 'decided to
    appeal'), or with 'will' or 'would' in what a speaker says ('said he would appeal')."""
    committing = _COMMITTING | set(lexicon()["decision_predicates"])
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in committing and not denied(verb.head):
        return True
    # 'the island is to ban imports': what is arranged, told with 'be to'
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.head.pos_ == "AUX" and to and not denied(verb.head):
        # (not an aim told as what it is: 'the plan is to ban imports', 'the idea is to ban them')
        wanting = {*lexicon()["intention_predicates"], *lexicon()["volition_predicates"]}
        aims = _POSSIBILITY_NOUNS | {"aim", "goal", "objective", "purpose", "ambition", "hope", "task", "priority"}
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "expl")]
        return not any(
            c.lower_ in ("it", "there", "what") or c.lemma_.lower() in aims or set(noun_verbs(c.lemma_.lower())) & wanting for c in subjects
        )
    will = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children)
    top = verb  # (or joined to what is said: 'said it had not been consulted and would launch a challenge')
    while top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    return will and top.dep_ == "ccomp" and top.head.lemma_.lower() in lexicon()["speech_predicates"]


def _promised_told_as_weighed(ctx: Context, seen: set[int]) -> Iterator[Finding]:
    """A deed the reference has a party promise or say it will do ('said he would appeal', 'has decided to appeal') that
    the aligned candidate sentence has it only weigh ('said he was considering an appeal'): the converse of
    `_weighed_told_as_promised`."""
    weighing = set(lexicon()["deliberation_predicates"])
    for ref_sent, cand_sent in sentence_pairs(ctx):
        if any(t.pos_ == "VERB" and t.lemma_.lower() in weighing for t in ref_sent):
            continue
        for c in cand_sent:
            if c.pos_ != "VERB" or c.lemma_.lower() not in weighing or c.i in seen or denied(c):
                continue
            things = _weighed_things(c)
            r = next((r for r in ref_sent if r.pos_ == "VERB" and r.lemma_.lower() in things and not denied(r) and _promised(r)), None)
            if r is None or hedges(r):
                continue
            seen.add(c.i)
            yield ctx.finding(
                FindingType.MODALITY,
                Severity.MAJOR,
                0.6,
                f"the reference has this promised or decided ('{r.text}'); the candidate says it is only being weighed ('{c.text}')",
                _extent(c),
                _extent(r),
                NAME,
            )


def _done_after_plan(planned: Token) -> bool:
    """The planned verb has a verb joined to it, told as done and not planned ('was proposed in 2015 and approved in
    2018'): the reference says what became of the plan."""
    # (a participle joined to a passive in the past shares its 'was': 'was proposed ... and approved')
    past = any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in planned.children)

    def done(v: Token) -> bool:
        return _done(v) or (past and v.tag_ == "VBN" and not any(a.dep_ in ("aux", "auxpass") for a in v.children))

    return any(
        v.dep_ == "conj" and v.pos_ == "VERB" and v.lemma_.lower() not in _PLANNED and done(v) and not denied(v) and not hedges(v)
        for v in planned.children
    )


def _planned_thing_in_place(ctx: Context, seen: set[int]) -> Iterator[Finding]:
    """A thing the reference says is planned ('A second station is planned for next summer') that the aligned candidate
    sentence says is there already ('A second station is already operating'): the same noun, subject of a passive verb
    of intent on one side and of a plain verb told as done or going on, with nothing hedging it, on the other."""
    intent = set(lexicon()["intention_predicates"])
    for ref_sent, cand_sent in sentence_pairs(ctx):
        planned = {}
        for r in ref_sent:
            # (a thing planned or proposed, not one offered or weighed: 'was offered a place' is an offer made)
            if r.pos_ == "VERB" and r.lemma_.lower() in _PLANNED and r.tag_ == "VBN" and not denied(r) and not hedges(r):
                for n in r.children:
                    if n.dep_ == "nsubjpass" and n.pos_ == "NOUN":
                        planned[n.lemma_.lower()] = r
        if not planned:
            continue
        for c in cand_sent:
            if c.pos_ != "VERB" or c.i in seen or c.lemma_.lower() in intent or denied(c) or hedges(c) or _intended(c):
                continue
            subject = next((n for n in c.children if n.dep_ == "nsubj" and n.lemma_.lower() in planned), None)
            if subject is None or _foretold(c):
                continue
            if any(a.dep_ == "acl" and a.lemma_.lower() in _PLANNED for a in subject.children):
                continue  # 'the launch, first planned for June, has now slipped': the plan is told, and something else done
            going = c.tag_ == "VBG" and any(a.dep_ == "aux" and a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in c.children)
            already = any(a.dep_ == "advmod" and a.lower_ == "already" for a in c.children)
            if not (_done(c) or going or already):
                continue
            r = planned[subject.lemma_.lower()]
            if _done_after_plan(r):
                continue  # 'was first proposed in 2015 and approved three years later': the plan's history, then done
            seen.add(c.i)
            yield ctx.finding(
                FindingType.MODALITY,
                Severity.MAJOR,
                0.6,
                f"the reference only says this is intended ('{r.text}'); the candidate says it is done or under way",
                _extent(c),
                _extent(r),
                NAME,
            )


def _sought_told_as_done(ctx: Context, seen: set[int]) -> Iterator[Finding]:
    """A deed the reference gives as the aim of a request ('had applied for a government grant to install solar
    panels') that the aligned candidate sentence tells as done ('had installed solar panels with the help of a
    grant'): the same verb done to the same thing, where the candidate sentence asks for nothing (lexicon
    `event_alternatives`, the verbs of applying)."""
    asking = set(lexicon()["event_alternatives"]["application"][0])

    def aim(r: Token) -> bool:
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in r.children)
        governor = next((a for a in r.ancestors if a.pos_ == "VERB"), None)
        return r.dep_ in ("advcl", "acl") and to and governor is not None and governor.lemma_.lower() in asking

    def sought(r: Token) -> bool:
        # ('may apply for exemptions': the noun of the deed asked for, after 'for')
        return r.dep_ == "pobj" and r.head.lower_ == "for" and r.head.head.lemma_.lower() in asking and bool(noun_verbs(r.lemma_.lower()))

    for ref_sent, cand_sent in sentence_pairs(ctx):
        aims = [r for r in ref_sent if r.pos_ == "VERB" and aim(r) and not denied(r)]
        nouns = [r for r in ref_sent if r.pos_ == "NOUN" and sought(r) and not denied(r.head.head)]
        if not (aims or nouns) or any(t.pos_ == "VERB" and t.lemma_.lower() in asking for t in cand_sent):
            continue
        for c in cand_sent:
            if c.i in seen or denied(c) or hedges(c):
                continue
            r = None
            if _done(c):
                r = next((r for r in aims if _one_stem(r.lemma_.lower(), c.lemma_.lower()) and _done_to(r) & _done_to(c)), None)
            if r is None and (_done(c) or _foretold(c)):
                # ('may apply for exemptions' / 'will be exempted': the deed asked for, told as granted)
                r = next((r for r in nouns if c.lemma_.lower() in noun_verbs(r.lemma_.lower())), None)
            if r is None:
                continue
            seen.add(c.i)
            yield ctx.finding(
                FindingType.MODALITY,
                Severity.MAJOR,
                0.6,
                f"the reference gives this as what was applied for ('{r.text}'); the candidate says it "
                + ("was done" if _done(c) else "will be done"),
                _extent(c),
                _extent(r),
                NAME,
            )


def _unknown_told_as_denied(ctx: Context, seen: set[int]) -> Iterator[Finding]:
    """What the reference says there is no evidence of ('there was no evidence the disease had spread') that the aligned
    candidate sentence plainly denies ('the disease had not spread'): the same verb, said of the same subject, denied by
    its own 'not' with no evidence noun or verb of finding over it."""
    for ref_sent, cand_sent in sentence_pairs(ctx):
        unknown = {}
        for r in ref_sent:
            noun = no_evidence_for(r) if r.pos_ in ("VERB", "AUX") else None
            if noun is not None:
                unknown[r.lemma_.lower()] = (r, noun)
        for c in cand_sent:
            if c.pos_ != "VERB" or c.i in seen or c.lemma_.lower() not in unknown or not negated(c) or hedges(c):
                continue
            r, noun = unknown[c.lemma_.lower()]
            if no_evidence_for(c) is not None or subject_words(r) and subject_words(c) and not subject_words(r) & subject_words(c):
                continue
            if any(a.lemma_.lower() in word_lists()["belief"] for a in c.ancestors):
                continue  # 'officials believe it has not spread': a view, hedged itself (a finding, 'tests showed', is no hedge)
            seen.add(c.i)
            yield ctx.finding(
                FindingType.MODALITY,
                Severity.MAJOR,
                0.6,
                f"the reference only says there is no {noun.text} of this; the candidate says it did not happen",
                _extent(c),
                _extent(r),
                NAME,
            )


_EXCLUDING = frozenset({"exclude", "discount"})


def _left_open_deed(verb: Token) -> Token | None:
    """What a denied 'rule out' or 'exclude' takes ('did not rule out job cuts', 'would not exclude closing the
    branch'): a deed left open. Its noun or gerund, or None."""
    ruling = verb.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    if verb.pos_ != "VERB" or not (ruling or verb.lemma_.lower() in _EXCLUDING) or not negated(verb):
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "xcomp") and c.pos_ in ("NOUN", "VERB")), None)


def _deed_of(word: Token) -> set[str]:
    """The verbs a noun or gerund names ('cuts' -> 'cut', 'closing' -> 'close')."""
    return {word.lemma_.lower()} | ({v for v in noun_verbs(word.lemma_.lower()) if " " not in v} if word.pos_ == "NOUN" else set())


def _open_against_denied(ctx: Context, seen: set[int]) -> Iterator[Finding]:
    """A deed that one side denies for what is to come ('no jobs would be cut') and the aligned sentence of the other
    only does not rule out ('did not rule out job cuts'): a denial against a possibility left open, either way round
    (not where the denying side leaves it open too: 'no jobs this year, but did not rule out cuts in 2027'; nor a
    denial of what has happened so far: 'no one has been arrested')."""
    for ref_sent, cand_sent in sentence_pairs(ctx):
        for (mine, theirs), cand_open in (((cand_sent, ref_sent), True), ((ref_sent, cand_sent), False)):
            for verb in mine:
                deed = _left_open_deed(verb)
                if deed is None:
                    continue
                if any(_deed_of(o) & _deed_of(deed) for o in map(_left_open_deed, theirs) if o is not None):
                    continue
                words = {t.lemma_.lower() for t in deed.subtree if t.is_alpha and not t.is_stop} - _deed_of(deed)
                for d in theirs:
                    if d.pos_ != "VERB" or d.lemma_.lower() not in _deed_of(deed) or not negated(d) or _left_open_deed(d) is not None:
                        continue
                    if not any(a.dep_ == "aux" and a.lower_ in ("will", "would", "shall", "'ll") for a in d.children):
                        continue
                    said = {t.lemma_.lower() for t in d.subtree if t.is_alpha and not t.is_stop and t.i != d.i}
                    if words and not words & said:
                        continue  # done to other things
                    c, r = (verb, d) if cand_open else (d, verb)
                    if c.i in seen:
                        continue
                    seen.add(c.i)
                    how = (
                        "the reference says this will not happen; the candidate only does not rule it out"
                        if cand_open
                        else "the reference only does not rule this out; the candidate says it will not happen"
                    )
                    yield ctx.finding(FindingType.MODALITY, Severity.MAJOR, 0.6, how, _extent(c), _extent(r), NAME)


def _unjoined(verb: Token) -> set[str]:
    """The content words of a verb's own clause, without the clauses joined to it ('blasting may take place only on
    weekdays, and 12 hectares have to be planted': the planting is not the blasting's)."""
    apart = {x.i for c in verb.children if c.dep_ in ("conj", "advcl", "ccomp", "parataxis") for x in c.subtree}
    return {t.lemma_.lower() for t in verb.subtree if t.i not in apart and t.i != verb.i and t.is_alpha and not t.is_stop}


def _duty_said(verb: Token) -> str:
    must = [t for t in verb.children if t.lower_ == "must"]
    return must[0].text if must else (verb.head.text if verb.dep_ == "xcomp" else verb.text)


def _leave_said(verb: Token) -> str:
    said = [t for t in verb.children if t.lower_ in ("can", "may")]
    return said[0].text if said else verb.head.text


def _leave_on_condition(tok: Token) -> bool:
    """The word is in a clause of condition ('if they can show ...', 'where it can show'; the words of `condition` with
    'where', 'when', 'whether'): a leave that a rule turns on, not one it gives."""
    marks = word_lists()["condition"] | {"where", "when", "whether"}
    return any(m.dep_ == "mark" and m.lower_ in marks for t in (tok, *tok.ancestors) for m in t.children)


_SEEMING = frozenset({"seem", "appear", "indicate", "suggest"})


def _hedge_adverb_dropped(ctx: Context, seen: set[int]) -> Iterator[Finding]:
    """A sentence whose claim the reference hedges with an adverb ('a faulty pump was probably to blame') rendered one
    to one by a candidate sentence with no hedge of any kind ('the leak was caused by a faulty pump'), where the words
    of the two predicates pair no word the hedge walk can compare: the likelihood dropped, the claim told as fact."""
    lex = word_lists()
    hedging = lex["hedge_adv"] | lex["hedge_modal"] | lex["hedge_adj"] | lex["belief"] | _SEEMING
    for ref_sent, cand_sent in sentence_pairs(ctx):
        r_index, c_index = ctx.reference.sentence_at(ref_sent.start_char), ctx.candidate.sentence_at(cand_sent.start_char)
        if ctx.refs_for(c_index) != {r_index} or ctx.cands_for(r_index) != {c_index}:
            continue
        adverbs = [t for t in ref_sent if t.dep_ == "advmod" and t.lower_ in lex["hedge_adv"] and t.head.pos_ in ("VERB", "AUX")]
        if len(adverbs) != 1 or any(t.lower_ in hedging or t.lemma_.lower() in hedging for t in cand_sent):
            continue
        hedged = adverbs[0].head
        if hedged.dep_ not in ("ROOT", "ccomp") or any(r.i == hedged.i for r, _ in _pairs(ref_sent, cand_sent)):
            continue  # a verb the hedge walk pairs is weighed there
        claim = {t.lemma_.lower() for t in hedged.subtree if t.pos_ in ("NOUN", "PROPN") and not t.is_stop}
        told = {t.lemma_.lower() for t in cand_sent if t.pos_ in ("NOUN", "PROPN")}
        if len(claim & told) < 2:
            continue

        verbs = [
            t for t in cand_sent if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") and t.lemma_.lower() not in lex["speech"]
        ]
        # the clause that tells the claim, not 'said' above it: the most of the claim's words, then the fewest others
        covered = [(len(claim & {t.lemma_.lower() for t in v.subtree}), -len(list(v.subtree)), v) for v in verbs]
        root = max(covered, key=lambda x: x[:2])[2] if covered else cand_sent.root
        if root.i in seen:
            continue
        seen.add(root.i)
        severity = Severity.MINOR if ctx.mode == "summary" else Severity.MAJOR
        message = f"the reference leaves this open ('{adverbs[0].text}'); the candidate states it as fact"
        yield ctx.finding(FindingType.MODALITY, severity, 0.6, message, _extent(root), _extent(hedged), NAME)


def _phrase_head(word: Token) -> bool:
    """The word that opens a phrase on the verb ('by a ship's anchor', 'because of a frozen valve')."""
    return word.pos_ in ("ADP", "SCONJ") and word.dep_ in ("prep", "agent")


PHRASE_CLAIM_WORDS = 3  # nouns of a hedged phrase the candidate's sentence must name to tell the same thing


def _hedged_phrase_told(ctx: Context, seen: set[int]) -> Iterator[Finding]:
    """A phrase the reference hedges with an adverb ('was cut on 9 January, probably by a ship's anchor dragged along
    the seabed') that the aligned candidate sentence, one to one and with no hedge of any kind, tells with the same
    things ('was severed when a ship's anchor was dragged along the seabed'): a likely cause told as the cause. A note:
    the deed itself is not in doubt."""
    lex = word_lists()
    hedging = lex["hedge_adv"] | lex["hedge_modal"] | lex["hedge_adj"] | lex["belief"] | _SEEMING
    for ref_sent, cand_sent in sentence_pairs(ctx):
        r_index, c_index = ctx.reference.sentence_at(ref_sent.start_char), ctx.candidate.sentence_at(cand_sent.start_char)
        if ctx.refs_for(c_index) != {r_index} or ctx.cands_for(r_index) != {c_index}:
            continue
        adverbs = [t for t in ref_sent if t.dep_ == "advmod" and t.lower_ in lex["hedge_adv"] and _phrase_head(t.head)]
        if len(adverbs) != 1 or any(t.lower_ in hedging or t.lemma_.lower() in hedging for t in cand_sent):
            continue
        hedge = adverbs[0]
        # the phrase's things, read in order (the parse may hang them elsewhere): up to the end of its clause
        claim = []
        for t in ref_sent.doc[hedge.i + 1 : ref_sent.end]:
            if t.is_punct and t.text in (",", ";", ":") and claim:
                break
            if t.pos_ in ("NOUN", "PROPN") and not t.is_stop:
                claim.append(t.lemma_.lower())
        told = {t.lemma_.lower() for t in cand_sent if t.pos_ in ("NOUN", "PROPN")}
        if len(set(claim) & told) < PHRASE_CLAIM_WORDS:
            continue
        words = [t for t in cand_sent if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in claim]
        start, end = words[0], words[-1]
        if start.i in seen:
            continue
        seen.add(start.i)
        phrase_end = next((t for t in ref_sent.doc[hedge.i + 1 : ref_sent.end] if t.lemma_.lower() == claim[-1]), hedge)
        message = f"the reference gives this only as likely ('{hedge.text}'); the candidate states it as fact"
        yield ctx.finding(
            FindingType.MODALITY,
            Severity.MINOR,
            0.5,
            message,
            (start.idx, end.idx + len(end.text)),
            (hedge.idx, phrase_end.idx + len(phrase_end.text)),
            NAME,
        )


def _describes_name(verb: Token) -> bool:
    """The verb of a relative clause on a name ('Ines Carvalho, who runs the harbour'): a description of the named."""
    return verb.dep_ == "relcl" and verb.head.pos_ == "PROPN"


def _can_told_as_done(r: Token, c: Token) -> bool:
    """The same verb with 'can' on the reference's side ('Sightings can be reported by calling the park') and in the
    past tense with no modal on the candidate's ('Members of the public reported sightings by calling the park'): what
    may be done told as done."""
    if r.lemma_.lower() != c.lemma_.lower() or denied(r) or denied(c):
        return False
    can = any(a.dep_ == "aux" and a.lower_ == "can" for a in r.children)
    done = c.tag_ == "VBD" and not any(a.dep_ in ("aux", "auxpass") and a.tag_ == "MD" for a in c.children)
    # (with a subject of its own: 'can be picked up at the centre or downloaded', a joined verb, shares the 'can')
    own_subject = any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)
    return can and done and own_subject


def _would_told_as_done(r: Token, c: Token) -> bool:
    """The same verb with 'would' on the reference's side, not under a verb of saying ('two schools would merge under
    proposals published on Thursday') and told as done on the candidate's, with a subject of its own ('two schools have
    been merged'): what a proposal or condition would bring told as what has happened."""
    if r.lemma_.lower() != c.lemma_.lower() or denied(r) or denied(c) or not _done(c):
        return False
    would = [a for a in r.children if a.dep_ == "aux" and a.lower_ == "would"]
    # (or the aim of a verb that has it: 'would use part of a grant to hire a coach')
    purpose = r.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in r.children)
    would = would or ([a for a in r.head.children if a.dep_ == "aux" and a.lower_ == "would"] if purpose else [])
    if not would or any(a.dep_ == "aux" and a.lower_ == "have" for a in r.children):
        return False
    # 'has now hired', 'has already hired': done by the time of telling, whoever said it would be
    done_now = any(a.dep_ == "aux" and a.lemma_ == "have" for a in c.children) and any(
        a.dep_ == "advmod" and a.lower_ in ("now", "already") for a in c.children
    )
    # (not a future told in the past: 'said the schools would merge', 'announced that it would close')
    top = r
    while top.dep_ in ("conj", "xcomp", "advcl") and top.head.i != top.i and (top.dep_ != "advcl" or top is r and purpose):
        top = top.head
    told = top.dep_ in ("ccomp", "advcl", "relcl", "acl") or top.head.lemma_.lower() in lexicon()["speech_predicates"]
    if told and not done_now:
        return False
    return any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)


def _hedged_elsewhere(word: Token) -> bool:
    """A word of the clause other than `word`'s own hedges leaves the matter open: a hedge adverb or adjective below it
    ('was a possible factor', 'to expect possible shortages'), not in a clause joined to it."""
    lex = word_lists()
    words = set(lex["hedge_adv"]) | set(lex["hedge_adj"])
    joined = {t.i for c in word.children if c.dep_ == "conj" for t in c.subtree}
    return any(t.lower_ in words and t.head.i != word.i and t.i not in joined for t in word.subtree)


def _surface_hedges(sent: SpacySpan) -> list[str]:
    """The words of a sentence that leave something open, read off the words, not the parse: hedge adverbs and
    adjectives, modals of chance not denied ('could', 'may', 'might'; not 'could not', nor a conditional 'should'), and
    participles of belief before 'to' ('thought to be', whatever the tagger makes of 'thought'), and 'whether'."""
    lex = word_lists()
    more = lexicon()
    inquiry = set(more["inquiry_predicates"])
    out = []
    for t in sent:
        after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if t.lower_ in lex["hedge_adv"] or t.lower_ in lex["hedge_adj"]:
            out.append(t.lower_)
        elif t.lower_ in _MAYBE and t.tag_ == "MD" and not (after is not None and after.dep_ == "neg"):
            out.append(t.lower_)
        elif t.lower_ in more["hedging_participles"] and after is not None and after.lower_ == "to" and t.i > sent.start:
            out.append(t.lower_)
        elif t.lower_ == "whether" and not (after is not None and after.lower_ == "or"):
            out.append(t.lower_)  # a question asked, however the parse hangs it ('seeking to determine whether ...')
        elif t.lemma_.lower() in inquiry and t.tag_ in ("VB", "VBG") and not (after is not None and after.lower_ == "whether"):
            # ... or by a verb of finding out still at it ('to check duty has been paid'; lexicon `inquiry_predicates`),
            # not one that has found ('established that it was overloaded')
            out.append("whether")
    return out


def _figure_hedged_alike(hedged: Token, sent: SpacySpan) -> bool:
    """A figure the reference gives in a hedged clause that the other sentence gives in a phrase under a hedging adverb
    of its own ('could be priced below 1,000 dollars' / 'possibly for under 1,000 dollars'): the figure left open there."""
    figures = {t.text for t in hedged.subtree if t.like_num}
    adverbs = set(word_lists()["hedge_adv"])
    return bool(figures) and any(
        t.lower_ in adverbs and figures & {w.text for w in t.head.subtree if w.like_num} for t in sent if t.dep_ == "advmod"
    )


def _hedges_kept_in_sentence(ref_sent: SpacySpan, cand_sent: SpacySpan, hedge: str, ref_open: bool) -> bool:
    """The candidate's sentence leaves open as many things as the reference's, by hedges of the kind of the one the walk
    found dropped (or, for a hedge the candidate adds, the reference's as many as the candidate's): a modal for a modal,
    a word of likelihood or belief for one ('was most likely an ichthyosaur' / 'was probably an ichthyosaur', 'thought
    to be' / 'believed to be'), hung elsewhere by the parse; no sign of a likelihood told as fact. A modal dropped is
    not balanced by a word ('could introduce it once a study due in autumn' / 'will introduce it once a study expected
    in autumn')."""
    modals = word_lists()["hedge_modal"]
    words = set(word_lists()["hedge_adv"]) | set(word_lists()["hedge_adj"]) | set(lexicon()["hedging_participles"])
    if hedge in _MAYBE:
        kind = modals
    elif hedge in words:
        kind = words
    elif hedge == "whether":
        kind = {"whether"}
    else:
        return False  # ('should', 'ought': no sentence count of such words is kept)
    ref = [h for h in _surface_hedges(ref_sent) if h in kind]
    cand = [h for h in _surface_hedges(cand_sent) if h in kind]
    return len(cand) >= len(ref) > 0 if ref_open else len(ref) >= len(cand) > 0


def _weighed_thing_foretold(ctx: Context, seen: set[int]) -> Iterator[Finding]:
    """A thing the reference has only weighed ('would consider introducing mandatory limits') that the aligned candidate
    sentence says will come or has come, through another verb ('mandatory limits will follow'): the same noun with the
    same words of its own, subject or object of a plain 'will' or a past verb, where the candidate weighs nothing."""
    for ref_sent, cand_sent in sentence_pairs(ctx):
        if _weighing([t.text for t in cand_sent]):
            continue
        for r in ref_sent:
            if r.pos_ != "NOUN" or r.dep_ not in ("dobj", "nsubjpass"):
                continue
            weigher = next((h for h in hedges(r.head) if _weighing([h])), None)
            if weigher is None:
                continue
            own = {k.lemma_.lower() for k in r.children if k.dep_ in ("amod", "compound")}
            for c in cand_sent:
                verb = c.head
                if c.i in seen or c.pos_ != "NOUN" or c.lemma_.lower() != r.lemma_.lower() or verb.i in seen:
                    continue
                if own != {k.lemma_.lower() for k in c.children if k.dep_ in ("amod", "compound")}:
                    continue
                if c.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.lemma_.lower() == r.head.lemma_.lower():
                    continue  # (the weighed verb itself is the main walk's)
                if hedges(verb) or denied(verb) or not (_foretold(verb) or _done(verb)):
                    continue
                seen.update((c.i, verb.i))
                message = f"the reference only weighs this ('{weigher}'); the candidate says it will happen"
                yield ctx.finding(FindingType.MODALITY, Severity.MAJOR, 0.6, message, _extent(verb), _extent(r.head), NAME)


def check(ctx: Context) -> Iterator[Finding]:
    lex = word_lists()
    seen: set[int] = set()
    yield from _leave_told_as_duty(ctx, seen)
    yield from _duty_told_as_leave(ctx, seen)
    yield from _duty_told_as_aim(ctx, seen)
    yield from _duty_told_as_request(ctx, seen)
    yield from _planned_thing_in_place(ctx, seen)
    yield from _sought_told_as_done(ctx, seen)
    yield from _unknown_told_as_denied(ctx, seen)
    yield from _open_against_denied(ctx, seen)
    yield from _weighed_told_as_promised(ctx, seen)
    yield from _promised_told_as_weighed(ctx, seen)
    yield from _weighed_thing_foretold(ctx, seen)
    pairs = [(r, c, None) for r, c in sentence_pairs(ctx)]
    if ctx.mode == "summary":
        # a verb each text uses once, in sentences the alignment did not pair ('the government, which must decide
        # whether to accept the recommendation' / 'the government has accepted the board's recommendation'), done to
        # the same thing: the one statement of that deed on each side
        pairs += one_verb_pairs(ctx)
    for ref_sent, cand_sent, verb in pairs:
        # 'by the council's estimate' leaves the candidate's sentence open as 'the council estimates that' does; said
        # of the whole sentence, it clears a hedge the candidate seems to drop and makes none of its own
        estimate = by_estimate(cand_sent)
        for r, c in _pairs(ref_sent, cand_sent):
            if verb is not None and not (r.lemma_.lower() == c.lemma_.lower() == verb and _done_to(r) & _done_to(c)):
                continue
            if r.lemma_.lower() != c.lemma_.lower() and _own_verb_elsewhere(c, ref_sent, pairs):
                continue  # 'will appoint a new supplier': the verb of another aligned sentence, not 'not to switch supplier'
            if _aspect_over_paired(r, c, cand_sent) or _aspect_over_paired(c, r, ref_sent):
                continue  # 'which may continue to be broadcast' / 'can still be broadcast': the deed below is compared
            if _describes_name(r) != _describes_name(c) and not _own_words(r) & _own_words(c):
                continue  # 'Ines Carvalho, who runs the harbour' / 'should be running smoothly': one word, two deeds
            ref_hedges = hedges(r)
            cand_hedges = hedges(c) or (estimate if ref_hedges else [])
            if ref_hedges and not cand_hedges and _own_verb_elsewhere(c, ref_sent, pairs, plain=True):
                continue
            if r.lemma_.lower() == c.lemma_.lower() and r.lemma_.lower() in lexicon()["permission_predicates"]:
                # the permission itself on both sides ('may allow GPs to diagnose' / 'GPs will be allowed to diagnose'):
                # whether it is given is what is compared, not the leave it gives
                ref_hedges = [h for h in ref_hedges if h != r.lower_]
                cand_hedges = [h for h in cand_hedges if h != c.lower_]
            if ref_hedges and cand_hedges and c.i not in seen and _chance_dropped_under_belief(r, c, cand_hedges):
                # 'officers believed the group might be responsible' / 'officers believe the group is responsible':
                # the belief is kept, the chance inside it is told as what they believe
                seen.add(c.i)
                maybe = next(h for h in _own_hedges(r) if h in _MAYBE)
                message = f"the reference leaves this open inside the belief ('{maybe}'); the candidate states it as what is believed"
                yield ctx.finding(FindingType.MODALITY, Severity.MAJOR, 0.6, message, _extent(c), _extent(r), NAME)
                continue
            if _could_told_as_would(r, c, ref_hedges, cand_hedges) and c.i not in seen:
                seen.add(c.i)
                message = f"the reference says this could have happened ('{ref_hedges[0]}'); the candidate says it would have"
                yield ctx.finding(FindingType.MODALITY, Severity.MAJOR, 0.6, message, _extent(c), _extent(r), NAME)
                continue
            odds = _odds_changed(r, c, ref_hedges, cand_hedges)
            if odds is not None and c.i not in seen:
                seen.add(c.i)
                raised = odds == "likely"
                message = (
                    f"the reference says this is {'possible' if raised else 'likely'} ('{ref_hedges[0]}'); the candidate says it is "
                    f"{'likely' if raised else 'only possible'} ('{cand_hedges[0]}')"
                )
                # a chance told as a likelihood claims what the source did not; the other way it is understated, a note
                yield ctx.finding(
                    FindingType.MODALITY, Severity.MAJOR if raised else Severity.MINOR, 0.6, message, _extent(c), _extent(r), NAME
                )
                continue
            if not ref_hedges and not cand_hedges and c.i not in seen and _can_told_as_done(r, c):
                seen.add(c.i)
                message = "the reference says this can be done ('can'); the candidate says it was done"
                yield ctx.finding(FindingType.MODALITY, Severity.MAJOR, 0.6, message, _extent(c), _extent(r), NAME)
                continue
            if not ref_hedges and not cand_hedges and c.i not in seen and _would_told_as_done(r, c):
                seen.add(c.i)
                message = "the reference says this would happen ('would'); the candidate says it has happened"
                yield ctx.finding(FindingType.MODALITY, Severity.MAJOR, 0.6, message, _extent(c), _extent(r), NAME)
                continue
            if bool(ref_hedges) == bool(cand_hedges) or c.i in seen:
                continue
            # a timetable answers a hedge, not a matter still weighed: 'is considering closing it' / 'is set to close it'
            weighed = _weighing(ref_hedges + cand_hedges) or bool({h.lower() for h in ref_hedges + cand_hedges} & _MAYBE)
            if _open_either_way(r, c) and not (weighed and _scheduled(c if ref_hedges else r)):
                continue
            plain_word, hedged_word, said = (c, r, ref_hedges) if ref_hedges else (r, c, cand_hedges)
            can = _can_over(plain_word)
            permitted = all(any(h.startswith(w) for w in _leave_words()) for h in said)
            could_not = "could" in said and _could_not(hedged_word)  # 'could not prove', past inability, not a possibility
            abilities = {*lexicon()["ability_adjectives"], *lexicon()["ability_nouns"]}  # 'an option to extend' / 'can be extended'
            if can and (set(said) <= abilities | ({"could"} if could_not else set()) or permitted):
                continue  # 'will be able to buy' / 'can buy', 'could not prove' / 'cannot show', 'not allowed' / 'cannot'
            unable = plain_word.dep_ == "xcomp" and plain_word.head.lower_ in ("unable", "incapable")
            perfect = denied(plain_word) and any(c.dep_ == "aux" and c.lemma_ == "have" for c in plain_word.children)
            # (not a counterfactual's: 'without the grant, the clinic could not operate' is no fact of inability)
            told = unable or perfect or (_inability_told(plain_word) and not _ruled_out(hedged_word) and not _conditional(hedged_word.sent))
            if could_not and set(said) <= {"could"} and told:
                continue  # 'could not operate safely' / 'was unable to work safely', 'could not be ruled out' / 'has not been'
            if could_not and set(said) <= {"could"} and _would(plain_word) and _with_infinitive(plain_word):
                # 'could not be undone for generations' / 'would take generations to put right': out of reach either
                # way (not 'could not afford the repairs' / 'would pay for the repairs')
                continue
            if could_not and set(said) <= {"could"} and _ruled_out(hedged_word) and _ruled_out(plain_word) and denied(plain_word):
                continue  # 'a further rise could not be ruled out' / 'did not rule out another increase': left open either way
            # (not against the very deed told as done: 'said it could not yet afford to dredge the lake' / 'will pay to
            # dredge the lake')
            # (nor a possibility left open: 'could not be ruled out')
            done = plain_word.lemma_.lower() == hedged_word.lemma_.lower() or bool(
                _done_to(hedged_word) & {t.lemma_.lower() for t in plain_word.subtree}
            )
            done = (done and not denied(plain_word)) or _ruled_out(hedged_word)
            if could_not and set(said) <= {"could"} and _found_past(hedged_word) and not _conditional(hedged_word.sent) and not done:
                continue  # 'engineers concluded the silos could not be repaired for less than $3.1m': an inability found
            if could_not and set(said) <= {"could"} and _kept_from(plain_word):
                continue  # 'could not be surveyed until this year' / 'high water prevented a survey until this year'
            if set(said) <= {"could"} and _past_ability(plain_word) and (_someone_able(hedged_word) or not _at_a_time(hedged_word)):
                # 'said she could finally get insurance' / 'was at last able to get': what she was able to do; of a thing
                # too where no time puts the 'could' ahead ('vehicles could still reach it' / 'were still able to get to
                # it'; not 'the bridge could reopen in May')
                continue
            if set(said) <= {"could"} and _can_over(plain_word, own_clause=True) and _backshifted(hedged_word):
                continue  # 'X said patients could now be seen' / 'according to X, patients can now be seen': a reported 'can'
            if ref_hedges and not_required(plain_word):
                continue  # 'may still book a tour' / 'do not have to join': leave either way, nothing told as done
            if set(said) <= {"may"} and _can(plain_word) and _on_condition(hedged_word) and _on_condition(plain_word):
                continue  # 'may withdraw if ...' / 'can withdraw if ...': leave on a condition either way ('may spread' is no leave)
            if (
                set(said) <= {"may"}
                and _can_over(plain_word, own_clause=True)
                and not denied(plain_word)
                and not _told_as_a_claim(hedged_word)
            ):
                # 'may claim back pay' / 'can claim back pay': a rule's leave, which 'can' gives too, also on a verb of
                # its clause above the word ('may continue operating' / 'can keep operating')
                continue
            if set(said) <= {"may"} and denied(plain_word) and denied(hedged_word) and _can_over(plain_word, own_clause=True):
                continue  # 'may not begin harvesting before March' / 'cannot start harvesting until March': leave denied either way
            if set(said) <= {"could"} and _can_over(plain_word) and _could_above(hedged_word):
                continue  # 'where it could show it had checked' / 'when it can demonstrate that it checked': one ability above
            if denied(r) and denied(c) and {h.lower() for h in said} <= set(lexicon()["volition_predicates"]):
                continue  # 'does not wish to sell' / 'is unwilling to sell': a refusal either way, no likelihood
            if plain_word.lemma_.lower() in lex["belief"] and not set(said) & lex["hedge_modal"]:
                continue  # 'expects sales to grow' / 'anticipates sales growth': the belief verb is the hedge itself
            weighing = set(lexicon()["deliberation_predicates"])
            weighed = any(a.lower_ in said and a.lemma_.lower() in weighing for a in hedged_word.ancestors)
            if plain_word.lemma_.lower() in weighing and weighed:
                continue  # 'is considering launching a service' / 'is weighing up a service': the weighing is the hedge
            believed = plain_word.dep_ == "dobj" and plain_word.head.lemma_.lower() in lex["belief"] and not denied(plain_word.head)
            if believed and not set(said) & lex["hedge_modal"]:
                continue  # 'further falls were likely' / 'a geologist expects more falls': what is expected, a hedge too
            if denied(plain_word) and for_a_length(plain_word) and first_time(hedged_word):
                continue  # 'to allow salmon to reach them for the first time in 150 years' / 'grounds they have not reached for 150 years'
            if ref_hedges and _hedge_kept_below(plain_word, hedged_word, said):
                continue  # 'covers ... panels that are expected to meet a quarter of its needs': the hedge kept, on its clause
            if _under_hedge(plain_word, said):
                continue  # the same hedge over the word, reached through a loose parse
            if _hedged_inside(plain_word, said):
                continue  # 'which could mean horses were sold' / 'meaning horses could have been sold': the chance inside
            if set(said) <= {"should", "ought"} and _governed(plain_word) and _asked_for(plain_word):
                continue  # 'argued the organ should stay' / 'pressed for the organ to remain': what they want, either way
            if _only_asked(hedged_word, said) and _governed(plain_word):
                continue  # 'urged drivers to compare quotes' / 'advised motorists to shop around': asked another way
            means = _means_of(plain_word)
            if _only_asked(hedged_word, said) and any(a.dep_ == "aux" and a.lower_ in ("can", "may") for a in means.children):
                continue  # 'are advised to return it for a refund' / 'can bring it back for a refund', 'is asked to call 101' /
                # 'information can be given by calling 101': no deed told as done
            if set(said) <= {"may", "can", "could"} and _time_given(plain_word):
                continue  # 'may appeal within 30 days' / 'have 30 days to lodge an appeal': the leave, with its time
            if permitted and plain_word.lemma_.lower() in _permissions():
                continue  # 'pivots to let vessels pass' / 'pivoting to allow vessels along': the permission is the word itself
            if permitted and _chance_had(plain_word):
                continue  # 'will be allowed to sell' / 'will be given the opportunity to sell': leave either way
            if not ref_hedges and set(said) <= {"could", "may", "might"} and _under_ceiling(plain_word) and _under_ceiling(hedged_word):
                continue  # 'could take as long as three weeks' / 'will take up to three weeks': the most it may be, either way
            taking = _time_it_takes(plain_word) and _timed(hedged_word) and hedged_word.lemma_.lower() != "take"
            if set(said) <= {"could", "can"} and taking:
                continue  # 'a weaver could finish a hurdle in three hours' / 'a hurdle would take a weaver three hours'
            if set(said) <= {"may", "can"} and _only_leave(hedged_word) and _restricting(plain_word):
                continue  # 'dredging may take place only between May and August' / 'restricts dredging to May-August'
            if permitted and _forbidden(plain_word) and _leave_denied(hedged_word):
                continue  # 'will not be allowed to operate' / 'will be banned from working': a permission either way
            if not ref_hedges and _options_offered(r, c, said):
                continue  # 'would get their money back, or that they could keep their tickets' / 'could either get a refund or keep'
            if set(said) <= {"may"} and _may_not(hedged_word) and (_forbidden(plain_word) or _must_not(plain_word)):
                continue  # 'may not install' / 'is barred from putting', 'must not be left': a ban either way
            would = any(a.dep_ == "aux" and a.lower_ == "would" for a in plain_word.children)
            if (
                not ref_hedges
                and would
                and _has_condition(plain_word)
                and _has_condition(hedged_word)
                and set(said) <= {"could", "may", "might"}
            ):
                continue  # 'would double the grant if the club could show ...' / 'could be doubled if the club shows ...'
            if _if_clause(plain_word) and not _if_clause(hedged_word):
                continue  # 'if the weather allows' / 'should go ahead, weather permitting': the condition told another way
            if ref_hedges and _if_clause(hedged_word) and not _if_clause(plain_word) and _in_worded_condition(plain_word):
                continue  # 'if it could secure permission' / 'subject to getting permission': the hedge is the condition's
            if plain_word.dep_ == "amod" and set(hedges(plain_word.head.head)) & set(said):
                continue  # 'allow recovered heat to be used' / 'allow heat to be recovered': the noun's verb is open too
            if set(said) <= {"can"} and any(a.dep_ == "aux" and a.lower_ == "can" for a in plain_word.children):
                continue  # 'can cause poisoning' / 'can give people poisoning': the same 'can', whatever the verb
            if _hoped_for(plain_word) is not None and _hoped_for(plain_word) == _hoped_for(hedged_word):
                continue  # 'hoped the cuts could be made by retirement' / 'hoped retirement would account for the cuts'
            if _wished(plain_word) and _wished(hedged_word):
                continue  # 'wanted a guarantee that they could return' / 'wanted it guaranteed that they would get back'
            if set(said) <= {"may", "can"} and _let_do(plain_word):
                continue  # 'may sit, provided they do not draw jurors' / 'will let them take seats on condition that they draw neither'
            if set(said) <= {"could", "might", "may"} and _conditional_either_way(plain_word, hedged_word):
                continue  # 'would mean only these could carry the name' / 'would restrict the name to these'
            if _shared_hedge(plain_word) & set(said):
                continue  # 'suspected heart attacks and strokes' / 'suspected strokes and heart attacks': one hedge for both
            if _verb_hedged(plain_word) or _reckoned_in_relative(plain_word):
                continue  # 'is expected to last two months' / 'what is expected to be two months': the noun's verb
            # (a belief the reference hangs on the thing, kept in a relative clause of belief on the noun: not a hedge of
            # the noun's own, 'the suspected arson attack, which police think ...')
            believed = ref_hedges and all(h.lower() in _belief_forms() for h in ref_hedges)
            believed = believed and not any(k.lower_ in {h.lower() for h in ref_hedges} for k in r.children)  # ('suspected attack')
            if believed and _believed_in_own_relative(plain_word):
                continue  # 'believes is the largest collection' / 'a collection ..., which he thinks is the largest'
            if ref_hedges and _asked_for_by_noun(plain_word):
                continue  # 'refused permission to erect' / 'turned down a request to put up': only asked for
            if all(h in lex["reportive"] for h in ref_hedges + cand_hedges) and _attributed(plain_word):
                continue  # 'reportedly X' and 'Y said X' both pass the claim on
            if ref_hedges and not cand_hedges and _claimed(ref_hedges) and _according_to_claim(c):
                continue  # 'her claim alleges that X failed to' / 'according to her claim, X did not': the claim passed on
            if ref_hedges and _unproven(hedged_word) and any(_unproven(t) for t in plain_word.doc):
                continue  # 'could not establish that phone use caused it' / 'the link does not prove phones are to blame'
            leave_nouns = {*lexicon()["leave_nouns"], *lexicon()["ability_nouns"], *lexicon()["entitlement_nouns"]}
            given = {h.lower() for h in ref_hedges}
            if given and given <= leave_nouns and any(t.lemma_.lower() in given and t.pos_ == "NOUN" and not denied(t) for t in cand_sent):
                continue  # 'the right to hold a market' / 'the right to a market, and the market has been held since': the right kept
            # (or a word of what an estimate puts at it: 'estimates there are fewer than 200 females' / 'whose estimate puts
            # the number of females at below 200')
            lex_nouns = lexicon()["belief_nouns"]
            estimating = [a for a in plain_word.ancestors if any(k.dep_ == "nsubj" and k.lemma_.lower() in lex_nouns for k in a.children)]
            put_at = _put_at_figure(plain_word) or any(_put_at_figure(a) for a in estimating)
            if put_at and any(a.lemma_.lower() in lex["belief"] for a in hedged_word.ancestors):
                continue  # 'estimates that restoring the dunes will cost $220,000' / 'puts the cost of restoring them at $220,000'
            if plain_word.dep_ == "dobj" and _put_at_figure(plain_word.head) and _estimate_of(hedged_word):
                continue  # 'estimated damage at $18.5 million' / 'put the damage at $18.5m': a reckoning either way
            if _estimated_figure(plain_word) and any(a.lemma_.lower() in lex["belief"] for a in hedged_word.ancestors):
                continue  # 'saved an estimated 11 tonnes' / 'estimates that it saved 11 tonnes': an estimate either way
            if ref_hedges and _figure_hedged_alike(hedged_word, cand_sent):
                continue  # 'could be priced below 1,000 dollars' / '..., possibly for under 1,000 dollars'
            if set(said) <= {"should", "ought"} and _judged_undone(hedged_word, plain_word):
                continue  # 'the ban should have come years ago' / 'a ban was years overdue': a judgement, no deed told as done
            near = {t.lower_ for t in r.head.subtree} | {a.lower_ for a in r.ancestors}
            if not ref_hedges and r.dep_ == "attr" and {h.lower() for h in cand_hedges} & near:
                continue  # 'the beaches most likely to be left were the coves' / 'most likely the coves': the subject's hedge
            # (not a word told with 'will', said as what will be: 'expected to begin in May and will be completed by')
            told_will = any(a.dep_ in ("aux", "auxpass") and a.lower_ in ("will", "shall", "'ll") for a in plain_word.children)
            if not told_will and _hedges_kept_in_sentence(ref_sent, cand_sent, (ref_hedges or cand_hedges or [""])[0], bool(ref_hedges)):
                continue
            seen.add(c.i)
            if ref_hedges:
                message = f"the reference leaves this open ('{ref_hedges[0]}'); the candidate states it as fact"
                # 'they allege X' -> 'they say X': still someone's claim, only less guarded
                # ('estimated' as a verb of belief, 'estimated that it brings in', not the adjective of 'an estimated 90,000')
                believing = {
                    t.lower_
                    for t in ref_sent
                    if t.pos_ == "VERB" and t.lemma_.lower() in lex["belief"] and any(c.dep_ == "ccomp" for c in t.children)
                }
                # (signs that point to it are no belief passed on: 'said early indications were that' / 'said', as 'probably')
                signs = {f"{n}{end}" for n in lexicon()["tentative_evidence_nouns"] for end in ("", "s")}
                believed = all(
                    h not in lex["hedge_modal"]
                    and h not in lex["hedge_adv"]
                    and (h not in lex["hedge_adj"] or h in believing)
                    and h not in signs
                    for h in ref_hedges
                )
                # (a question asked is no belief passed on; a choice still to be made, 'whether to order more', is left
                # as it was)
                believed = believed and not ("whether" in ref_hedges and not _infinitive(r))
                # 'is considering closing it' / 'is set to close it': undecided against timetabled, not a belief passed on
                # ... nor against 'will close it', a matter still weighed told as what will be done
                believed = believed and not (_weighing(ref_hedges) and (_scheduled(plain_word) or _foretold(plain_word)))
                severity = Severity.MINOR if believed and _attributed(c) else Severity.MAJOR
                if _can(plain_word) and set(ref_hedges) <= {"could"}:
                    # 'could hold 30,000 visitors' / 'can accommodate 30,000': what it is able to do either way, the
                    # one told as possible, the other as a capacity; a note
                    severity = Severity.MINOR
                if set(ref_hedges) <= set(lexicon()["ability_adjectives"]):
                    # 'will be able to pay' / 'will pay': what they may do told as what they will, loosely; 'can' is
                    # no hedge at all here
                    severity = Severity.MINOR
                # (but for a request told as done in a main clause: 'has asked the authority to approve a rise' / 'the
                # authority has approved a rise' is a deed that did not happen, however much the summary condenses)
                wishing = set(lexicon()["volition_predicates"])
                asked_by = [a for a in hedged_word.ancestors if a.lower_ in said]
                request_done = (
                    _only_asked(hedged_word, said)
                    and not _governed(plain_word)
                    and plain_word.pos_ == "VERB"
                    and plain_word.lemma_.lower() not in wishing | set(lexicon()["directive_predicates"])
                    and not any(a.lemma_.lower() in wishing for a in asked_by)  # ('wants a title shot': a wish, no request)
                )
                if ctx.mode == "summary" and not set(ref_hedges) & lex["hedge_modal"] and not request_done:
                    # a summary condenses, and drops hedges with the detail: on the AggreFact dev summaries this
                    # finding came only on faithful ones (10 to 0); a note there, but for a possibility ('may',
                    # 'might', 'could') told as fact (on 600 dev summaries and translations: 2 wrong, 1 faithful)
                    severity = Severity.MINOR
                above = set(hedged_above(c))
                # (or the very hedge of the reference over it: 'should start next May ..., so that competitions can return')
                if above - set(hedged_above(r)) or above & _MAYBE or above & set(ref_hedges):
                    # the candidate hedges the word too, through a relation the hedge walk stops at ('is expected to
                    # draw 600 dancers' / '600 dancers, drawn from 23 teams, are likely to attend'); a note
                    # (not a word both hang from: 'argued that the drug may work' / 'argued that the drug works'; but a
                    # modal of chance is the candidate's hedge: 'may be asked to leave' / 'may ask them to leave')
                    severity = Severity.MINOR
                if (_weighing(ref_hedges) or "whether" in ref_hedges) and (_done(plain_word) or _foretold(plain_word)):
                    # 'must decide whether to accept it' / 'has accepted it', 'is considering opening a park' / 'will
                    # open a park': a matter still open told as done or settled, which no condensing explains
                    severity = Severity.MAJOR
                decision = _decided(c)
                if decision is not None:
                    # 'is considering extending' / 'has decided to extend': settled, in any mode
                    severity = Severity.MAJOR
                    message = f"the reference leaves this open ('{ref_hedges[0]}'); the candidate says it was {decision.text}"
            else:
                message = f"the candidate hedges this ('{cand_hedges[0]}'); the reference states it as fact"
                # 'will open' / 'may open': a chance told for what the reference says will be, of the same verb (or one of
                # its synonyms), changes the fact; other hedges added are a note (a reworded leave: 'the season will run
                # to March' / 'deer may be hunted until March')
                foretold_made_chance = _foretold_by_will(r) and set(cand_hedges) <= _MAYBE and _one_sense(r, c) and not denied(c)
                if not foretold_made_chance and _hedged_elsewhere(r):
                    continue  # 'strong crosswinds were a possible factor' / 'crosswinds may have played a part': the
                    # reference leaves it open at another word of its sentence
                severity = Severity.MAJOR if foretold_made_chance else Severity.MINOR
            yield ctx.finding(FindingType.MODALITY, severity, 0.6, message, _with_plain_governor(c, r, ref_hedges), _extent(r), NAME)
        for c, clause in _conditioned(ref_sent, cand_sent):
            if c.i in seen:
                continue
            seen.add(c.i)
            words = " ".join(t.text for t in clause.subtree)
            start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
            # a summary condenses and drops conditions with the detail: on 900 dev summaries and translations this
            # came on 3 faithful summaries and 1 wrong one (none on a translation): a note there
            yield ctx.finding(
                FindingType.MODALITY,
                Severity.MINOR if ctx.mode == "summary" else Severity.MAJOR,
                0.6,
                f"the reference says this only on a condition ('{words}'); the candidate states it without one",
                _extent(c),
                (start, end),
                NAME,
            )
        for r, c, intent in planned_told_as_done(ref_sent, cand_sent):
            if c.i in seen:
                continue
            seen.add(c.i)
            foretold = _foretold(c) and not (_done(c) or _decided(c))
            message = f"the reference only says this is intended or possible ('{intent}'); the candidate says it " + (
                "will happen" if foretold else "is done or decided"
            )
            # a plan told as what will happen ('plans to survey' / 'will be surveyed') is as often a writer's plain
            # rendering as an overstatement (on the independent sets: 3 faithful pairs, 3 wrong ones): a note
            # but a hope or a wish told as what will happen ('hoped to extend' / 'will extend') claims what no one promised
            wished = _intent_lemma(r) in _WISHES
            severity = Severity.MINOR if foretold and not wished else Severity.MAJOR
            yield ctx.finding(FindingType.MODALITY, severity, 0.5 if foretold else 0.6, message, _extent(c), _extent(r), NAME)
    yield from _hedge_adverb_dropped(ctx, seen)
    yield from _hedged_phrase_told(ctx, seen)
