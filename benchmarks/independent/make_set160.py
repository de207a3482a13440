#!/usr/bin/env python3
"""Build the held-out evaluation set ``set160.jsonl`` (N = 160 series, 40 pairs).

How the set was made
--------------------
Every pair was hand-written by a helper session that saw no code, data or
benchmark of the project, working only from a written brief.  All people,
companies, organisations, places and figures are invented (real countries or
currencies appear only as background).  The texts are news / agency /
corporate / official register.  The cases live as plain Python data in
``parts160/`` (rewrites.py, summaries.py, translations.py); this script
computes every character offset itself by string search (an ``occ`` index
picks the occurrence when a quoted text repeats; omissions are placed by an
anchor text), validates everything and writes ``set160.jsonl`` next to it.

    python3 make_set160.py           # validate and write set160.jsonl
    python3 make_set160.py --check   # validate only, write nothing

Composition
-----------
* 40 pairs, each from a different domain of the brief's list of 40.
* 20 consistent / 20 inconsistent.
* Modes: 20 rewrite (10 consistent, 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5).  In translation pairs both texts are independent
  English renderings of the same imagined non-English story.
* 30 errors over the eleven types: entity 3, number 4, date 3, role 3,
  polarity 3, modality 3, attribution 2, event 3, omission 2, addition 2,
  repetition 2.  10 inconsistent pairs carry one error, 10 carry two.
  Omissions occur only in rewrite pairs (never in summaries).
* Error severities: minor 7, major 21, critical 2.
* Traps (faithful rewordings a naive checker might flag): 4-5 on every
  consistent pair (97 in all), 1-3 on every inconsistent pair (52 in all).
* Pair order is a fixed seeded shuffle (seed 160), ids s160-001..s160-040.
* References are 70-190 words; every summary is shorter than its reference.

Record format (one JSON object per line)
----------------------------------------
id, domain, mode, reference, candidate, label, errors[{start, end, text,
type, severity, ref_text}], traps[{start, end, text, ref_text}].  Offsets are
Python str offsets into ``candidate``, [start, end).  Omission errors have
start == end, text "" and ref_text = the missing reference words; addition and
repetition errors have ref_text null.
"""

import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts160 import rewrites, summaries, translations  # noqa: E402

OUT_PATH = os.path.join(HERE, "set160.jsonl")
ID_PREFIX = "s160"
SHUFFLE_SEED = 160

DOMAINS = [
    "mortuary capacity", "submarine dismantling", "naval dockyard jobs", "mineral water source licence",
    "rally stage cancelled", "caviar seizure", "adoption agency merger", "rice stockpile release",
    "dental practice contract", "midwife rota gaps", "airbase noise", "seaweed snack recall",
    "rubber plantation strike", "olive grove disease", "acorn-fed pork label", "scout hut arson",
    "safari park escape", "lift failure in flats", "woodland sale to developer", "mint worker strike",
    "coin shortage", "sculpture park opening", "drug rehabilitation centre", "diamond certification",
    "dinosaur track vandalism", "bedbug outbreak in hostel", "parrot export permits", "prosthetic limb service",
    "memorial plaque wording", "cadet force expansion", "coconut price surge", "satellite ground station lease",
    "town twinning agreement", "fossil export permit", "school crossing patrol cuts", "pesticide withdrawal",
    "narrow gauge railway", "tulip bulb theft", "tuna catch limit", "temple donation dispute",
]
ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution", "event",
               "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}

# Expected composition (asserted below).
EXPECT_PAIRS = 40
EXPECT_LABELS = {"consistent": 20, "inconsistent": 20}
EXPECT_MODES = {"rewrite": 20, "summary": 10, "translation": 10}
EXPECT_ERRORS = 30


class CaseError(Exception):
    pass


def find_nth(hay, needle, occ):
    """Start offset of the occ-th (0-based) occurrence of needle in hay."""
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def count_occ(hay, needle):
    n, pos = 0, hay.find(needle)
    while pos >= 0:
        n += 1
        pos = hay.find(needle, pos + 1)
    return n


def locate(hay, needle, occ, what):
    if not needle:
        raise CaseError(f"{what}: empty text")
    n = count_occ(hay, needle)
    if n == 0:
        raise CaseError(f"{what}: text not found: {needle!r}")
    if occ is None:
        if n > 1:
            raise CaseError(f"{what}: text occurs {n} times, give occ: {needle!r}")
        occ = 0
    if occ >= n:
        raise CaseError(f"{what}: occ {occ} but only {n} occurrences: {needle!r}")
    start = find_nth(hay, needle, occ)
    return start, start + len(needle)


def is_word_char(ch):
    return ch.isalnum()


def check_boundaries(text, start, end, what):
    if start > 0 and start < len(text) and is_word_char(text[start - 1]) and is_word_char(text[start]):
        raise CaseError(f"{what}: span start cuts a word at {start}")
    if 0 < end < len(text) and is_word_char(text[end - 1]) and is_word_char(text[end]):
        raise CaseError(f"{what}: span end cuts a word at {end}")


def n_words(s):
    return len(s.split())


def build_record(case, idx):
    rid = f"{ID_PREFIX}-{idx:03d}"
    ref, cand = case["reference"], case["candidate"]
    errors, traps = [], []
    for k, e in enumerate(case["errors"]):
        what = f"{rid} error {k} ({e['type']})"
        if e["type"] == "omission":
            if "after" in e:
                _, pos = locate(cand, e["after"], e.get("occ"), what + " anchor")
            elif "before" in e:
                pos, _ = locate(cand, e["before"], e.get("occ"), what + " anchor")
            else:
                raise CaseError(f"{what}: omission needs an 'after' or 'before' anchor")
            start = end = pos
            text = ""
        else:
            start, end = locate(cand, e["text"], e.get("occ"), what)
            text = e["text"]
        errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                       "severity": e["severity"], "ref_text": e["ref_text"]})
    for k, t in enumerate(case["traps"]):
        what = f"{rid} trap {k}"
        start, end = locate(cand, t["text"], t.get("occ"), what)
        traps.append({"start": start, "end": end, "text": t["text"], "ref_text": t["ref_text"]})
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": rid, "domain": case["domain"], "mode": case["mode"], "reference": ref,
            "candidate": cand, "label": case["label"], "errors": errors, "traps": traps}


def validate_record(r):
    rid, ref, cand = r["id"], r["reference"], r["candidate"]
    probs = []

    def bad(msg):
        probs.append(f"{rid}: {msg}")

    if r["mode"] not in MODES:
        bad(f"bad mode {r['mode']}")
    if r["domain"] not in DOMAINS:
        bad(f"domain not in list: {r['domain']}")
    if r["label"] not in ("consistent", "inconsistent"):
        bad(f"bad label {r['label']}")
    wc = n_words(ref)
    if not 70 <= wc <= 190:
        bad(f"reference has {wc} words (need 70-190)")
    if cand == ref:
        bad("candidate identical to reference")
    if r["mode"] == "summary":
        if not (len(cand) < len(ref) and n_words(cand) < wc):
            bad("summary is not shorter than its reference")
    if '"' in ref or '"' in cand:
        bad("straight double quote in text (house style uses single quotes)")
    if "  " in ref or "  " in cand:
        bad("double space in text")

    # label vs errors / traps
    if r["label"] == "consistent":
        if r["errors"]:
            bad("consistent pair carries errors")
        if not 3 <= len(r["traps"]) <= 5:
            bad(f"consistent pair has {len(r['traps'])} traps (need 3-5)")
    else:
        if not r["errors"]:
            bad("inconsistent pair without errors")
        if not 0 <= len(r["traps"]) <= 3:
            bad(f"inconsistent pair has {len(r['traps'])} traps (need 0-3)")

    spans = []
    for e in r["errors"]:
        s, t = e["start"], e["end"]
        if e["type"] not in ERROR_TYPES:
            bad(f"bad error type {e['type']}")
        if e["severity"] not in SEVERITIES:
            bad(f"bad severity {e['severity']}")
        if cand[s:t] != e["text"]:
            bad(f"error offsets do not match text {e['text']!r}")
        if e["type"] == "omission":
            if s != t or e["text"] != "":
                bad("omission must be an empty span")
            if r["mode"] == "summary":
                bad("omission in a summary pair")
            if not e["ref_text"] or e["ref_text"] not in ref:
                bad(f"omission ref_text not in reference: {e['ref_text']!r}")
            elif e["ref_text"].lower() in cand.lower():
                bad(f"omitted words still present in candidate: {e['ref_text']!r}")
            if 0 < s < len(cand) and is_word_char(cand[s - 1]) and is_word_char(cand[s]):
                bad("omission point inside a word")
            continue
        if s >= t:
            bad(f"empty non-omission error span {e['type']}")
        check = None
        try:
            check_boundaries(cand, s, t, f"error {e['text']!r}")
        except CaseError as exc:
            check = str(exc)
        if check:
            bad(check)
        if e["type"] in ("addition", "repetition"):
            if e["ref_text"] is not None:
                bad(f"{e['type']} must have ref_text null")
            if e["type"] == "addition" and e["text"].lower().strip(" .") in ref.lower():
                bad(f"addition text appears in reference: {e['text']!r}")
            if e["type"] == "repetition":
                core = e["text"].rstrip(" .,;:")
                if core not in cand[:s]:
                    bad(f"repetition has no earlier copy: {e['text']!r}")
        else:
            if not e["ref_text"] or e["ref_text"] not in ref:
                bad(f"error ref_text not in reference: {e['ref_text']!r}")
            if e["ref_text"] == e["text"]:
                bad(f"error text equals ref_text: {e['text']!r}")
        spans.append((s, t, "error " + e["text"]))

    for tr in r["traps"]:
        s, t = tr["start"], tr["end"]
        if cand[s:t] != tr["text"]:
            bad(f"trap offsets do not match text {tr['text']!r}")
        if not tr["ref_text"] or tr["ref_text"] not in ref:
            bad(f"trap ref_text not in reference: {tr['ref_text']!r}")
        if tr["ref_text"] == tr["text"]:
            bad(f"trap text equals ref_text: {tr['text']!r}")
        if s >= t:
            bad("empty trap span")
        try:
            check_boundaries(cand, s, t, f"trap {tr['text']!r}")
        except CaseError as exc:
            bad(str(exc))
        spans.append((s, t, "trap " + tr["text"]))

    # no overlaps among non-empty spans; omission points must not fall strictly inside a span
    spans.sort()
    for (s1, t1, n1), (s2, t2, n2) in zip(spans, spans[1:]):
        if s2 < t1:
            bad(f"overlapping spans: {n1!r} / {n2!r}")
    for e in r["errors"]:
        if e["type"] == "omission":
            for s, t, n in spans:
                if s < e["start"] < t:
                    bad(f"omission point inside span {n!r}")

    # translation pairs: no sentence may be copied verbatim from the reference
    if r["mode"] == "translation":
        ref_sents = {x.strip() for x in re.split(r"(?<=[.!?])\s+", ref) if len(x.split()) >= 5}
        for x in re.split(r"(?<=[.!?])\s+", cand):
            if x.strip() in ref_sents:
                bad(f"translation sentence copied verbatim: {x!r}")
    return probs


def validate_set(records):
    probs = []
    for r in records:
        probs.extend(validate_record(r))
    if len(records) != EXPECT_PAIRS:
        probs.append(f"{len(records)} pairs, expected {EXPECT_PAIRS}")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        probs.append("duplicate ids")
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        probs.append("duplicate domains: " + ", ".join(d for d, c in Counter(doms).items() if c > 1))
    missing = set(DOMAINS) - set(doms)
    if missing:
        probs.append("unused domains: " + ", ".join(sorted(missing)))
    labels = Counter(r["label"] for r in records)
    if dict(labels) != EXPECT_LABELS:
        probs.append(f"label counts {dict(labels)} != {EXPECT_LABELS}")
    modes = Counter(r["mode"] for r in records)
    if dict(modes) != EXPECT_MODES:
        probs.append(f"mode counts {dict(modes)} != {EXPECT_MODES}")
    for m, n in EXPECT_MODES.items():
        c = sum(1 for r in records if r["mode"] == m and r["label"] == "consistent")
        if c != n // 2:
            probs.append(f"mode {m}: {c} consistent, expected {n // 2}")
    etypes = Counter(e["type"] for r in records for e in r["errors"])
    total = sum(etypes.values())
    if total != EXPECT_ERRORS:
        probs.append(f"{total} errors, expected {EXPECT_ERRORS}")
    for t in ERROR_TYPES:
        if etypes[t] < 2:
            probs.append(f"error type {t} used {etypes[t]} times (need >= 2)")
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if sum(v for k, v in per_pair.items() if k in (1, 2)) < 0.75 * EXPECT_LABELS["inconsistent"]:
        probs.append(f"too few inconsistent pairs with 1-2 errors: {dict(per_pair)}")
    return probs


def summary_lines(records):
    etypes = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    lines = [
        f"pairs: {len(records)}",
        "labels: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r['label'] for r in records).items())),
        "modes: " + ", ".join(
            f"{m} {sum(1 for r in records if r['mode'] == m)} "
            f"({sum(1 for r in records if r['mode'] == m and r['label'] == 'consistent')} consistent)"
            for m in ("rewrite", "summary", "translation")),
        f"errors: {sum(etypes.values())} -- " + ", ".join(f"{t} {etypes[t]}" for t in ERROR_TYPES),
        "severity: " + ", ".join(f"{k} {sev[k]}" for k in ("minor", "major", "critical")),
        "errors per inconsistent pair: " + ", ".join(
            f"{k}: {v}" for k, v in sorted(Counter(len(r['errors']) for r in records
                                                   if r['label'] == 'inconsistent').items())),
        "traps: consistent {} (per pair {}-{}), inconsistent {} (per pair {}-{})".format(
            sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
            min(len(r["traps"]) for r in records if r["label"] == "consistent"),
            max(len(r["traps"]) for r in records if r["label"] == "consistent"),
            sum(len(r["traps"]) for r in records if r["label"] == "inconsistent"),
            min(len(r["traps"]) for r in records if r["label"] == "inconsistent"),
            max(len(r["traps"]) for r in records if r["label"] == "inconsistent")),
        "reference words: {}-{}".format(min(n_words(r["reference"]) for r in records),
                                        max(n_words(r["reference"]) for r in records)),
    ]
    return lines


def main(argv):
    check_only = "--check" in argv
    cases = list(rewrites.CASES) + list(summaries.CASES) + list(translations.CASES)
    order = list(range(len(cases)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    records, build_probs = [], []
    for i, ci in enumerate(order, start=1):
        try:
            records.append(build_record(cases[ci], i))
        except CaseError as exc:
            build_probs.append(str(exc))
    if build_probs:
        print("BUILD FAILED:", *build_probs, sep="\n  ")
        return 1
    probs = validate_set(records)
    if probs:
        print("VALIDATION FAILED:", *probs, sep="\n  ")
        return 1
    for line in summary_lines(records):
        print(line)
    if check_only:
        print("check: OK (nothing written)")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
