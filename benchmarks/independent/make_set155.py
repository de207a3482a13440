#!/usr/bin/env python3
"""Build held-out evaluation set 155 for a fact-comparison tool.

How it was made: every pair was hand-written by a helper that saw no code or
data of the project (and no existing benchmark), working only from a written
brief.  All people, companies, organisations, places and figures are invented
(real countries appear, if at all, only as background).  The cases live as
Python data in parts155/p1.py ... p4.py (ten pairs each); this script computes
every character offset by string search, validates everything and writes
set155.jsonl next to itself.  `python3 make_set155.py --check` validates only
and writes nothing.

Composition (40 pairs, one domain each, references 70-190 words, news /
agency / corporate / official register):
  * modes: 20 rewrite (10 consistent / 10 inconsistent),
           10 summary (5 / 5), 10 translation (5 / 5)
  * labels: 20 consistent, 20 inconsistent (10 with one error, 10 with two)
  * 30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
    attribution 2, event 3, omission 2 (rewrite only), addition 2,
    repetition 2
  * traps (faithful rewordings a naive checker might flag): 3-5 in every
    consistent pair, 1-3 in every inconsistent pair; 137 in all
    (89 in consistent pairs, 48 in inconsistent pairs).
Translation pairs are two independent English translations of one imagined
non-English story.  Record order is shuffled with a fixed seed.
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts155 import p1, p2, p3, p4  # noqa: E402
from parts155._helpers import DOMAINS, ERROR_TYPES  # noqa: E402

N = 155
OUT = os.path.join(HERE, "set%d.jsonl" % N)
MODES = ("rewrite", "summary", "translation")
SEVERITIES = ("minor", "major", "critical")


class CaseError(Exception):
    pass


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(cand, text, occ, what):
    pos = occurrences(cand, text)
    if not pos:
        raise CaseError("%s: %r not found in candidate" % (what, text))
    if occ is None:
        if len(pos) > 1:
            raise CaseError("%s: %r occurs %d times; give occ" % (what, text, len(pos)))
        occ = 0
    if occ >= len(pos):
        raise CaseError("%s: occ %d of %r out of range" % (what, occ, text))
    return pos[occ]


def word_ok(s, start, end):
    if start > 0 and s[start - 1].isalnum() and s[start].isalnum():
        return False
    if end < len(s) and s[end - 1].isalnum() and s[end].isalnum():
        return False
    return True


def build_record(idx, c):
    cand, ref = c["candidate"], c["reference"]
    tag = "%s (%s)" % (c["domain"], c["mode"])
    errors, traps = [], []
    for e in c["errors"]:
        if e["type"] == "omission":
            if e["text"] != "":
                raise CaseError(tag + ": omission text must be empty")
            if (e["after"] is None) == (e["before"] is None):
                raise CaseError(tag + ": omission needs exactly one of after/before")
            if e["after"] is not None:
                start = locate(cand, e["after"], e["anchor_occ"], tag) + len(e["after"])
            else:
                start = locate(cand, e["before"], e["anchor_occ"], tag)
            end = start
        else:
            start = locate(cand, e["text"], e["occ"], tag)
            end = start + len(e["text"])
        errors.append({"start": start, "end": end, "text": e["text"], "type": e["type"],
                       "severity": e["severity"], "ref_text": e["ref_text"]})
    for t in c["traps"]:
        start = locate(cand, t["text"], t["occ"], tag + " trap")
        traps.append({"start": start, "end": start + len(t["text"]), "text": t["text"],
                      "ref_text": t["ref_text"]})
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": "s%d-%03d" % (N, idx), "domain": c["domain"], "mode": c["mode"],
            "reference": ref, "candidate": cand, "label": c["label"],
            "errors": errors, "traps": traps}


def validate_record(r):
    tag = "%s %s (%s)" % (r["id"], r["domain"], r["mode"])
    cand, ref = r["candidate"], r["reference"]

    def bad(msg):
        raise CaseError("%s: %s" % (tag, msg))

    if r["mode"] not in MODES:
        bad("bad mode")
    if r["domain"] not in DOMAINS:
        bad("domain not in list")
    nref = len(ref.split())
    if not 70 <= nref <= 190:
        bad("reference has %d words" % nref)
    if cand == ref:
        bad("candidate equals reference")
    if r["mode"] == "summary" and not (len(cand.split()) < nref and len(cand) < len(ref)):
        bad("summary not shorter than reference")
    for s in (cand, ref):
        if s != s.strip() or "  " in s:
            bad("stray whitespace")
    if r["label"] == "consistent":
        if r["errors"]:
            bad("consistent pair with errors")
        if not 3 <= len(r["traps"]) <= 5:
            bad("consistent pair needs 3-5 traps")
    elif r["label"] == "inconsistent":
        if not r["errors"]:
            bad("inconsistent pair without errors")
        if len(r["traps"]) > 3:
            bad("inconsistent pair with more than 3 traps")
    else:
        bad("bad label")

    spans = []
    for e in r["errors"]:
        s, t = e["start"], e["end"]
        if e["type"] not in ERROR_TYPES:
            bad("bad error type %r" % e["type"])
        if e["severity"] not in SEVERITIES:
            bad("bad severity")
        if cand[s:t] != e["text"]:
            bad("offset mismatch for %r" % e["text"])
        if not word_ok(cand, s, t):
            bad("span cuts a word: %r" % e["text"])
        if e["type"] == "omission":
            if r["mode"] == "summary":
                bad("omission in a summary")
            if s != t or e["text"] != "":
                bad("omission must be zero-width")
            if not e["ref_text"] or e["ref_text"] not in ref:
                bad("omission ref_text not in reference")
            if e["ref_text"].lower() in cand.lower():
                bad("omitted words present in candidate")
        else:
            if s >= t or e["text"] != e["text"].strip():
                bad("empty or untrimmed span %r" % e["text"])
            spans.append((s, t, e["text"]))
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    bad("%s must have ref_text null" % e["type"])
                if e["type"] == "repetition" and cand.find(e["text"]) >= s:
                    bad("repetition span has no earlier copy")
                if e["type"] == "addition" and e["text"] in ref:
                    bad("addition text occurs in reference")
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad("ref_text %r not in reference" % e["ref_text"])
                if e["ref_text"] == e["text"]:
                    bad("error text equals ref_text")
                if e["type"] not in ("entity", "role", "attribution") and e["text"] in ref:
                    bad("error text %r occurs verbatim in reference" % e["text"])
    for tr in r["traps"]:
        s, t = tr["start"], tr["end"]
        if cand[s:t] != tr["text"] or s >= t or tr["text"] != tr["text"].strip():
            bad("bad trap span %r" % tr["text"])
        if not word_ok(cand, s, t):
            bad("trap cuts a word: %r" % tr["text"])
        if not tr["ref_text"] or tr["ref_text"] not in ref:
            bad("trap ref_text %r not in reference" % tr["ref_text"])
        if tr["ref_text"] == tr["text"]:
            bad("trap identical to reference wording")
        spans.append((s, t, tr["text"]))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            bad("overlapping spans %r / %r" % (a[2], b[2]))
    for e in r["errors"]:
        if e["type"] == "omission":
            for s, t, txt in spans:
                if s < e["start"] < t:
                    bad("omission point inside span %r" % txt)


def validate_set(records):
    from collections import Counter
    if len(records) != 40:
        raise CaseError("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != 40:
        raise CaseError("domains must be the 40 listed, each once")
    ml = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(ml) != want:
        raise CaseError("mode/label composition wrong: %r" % dict(ml))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        raise CaseError("expected 30 errors, got %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types[t] < 2:
            raise CaseError("error type %s has fewer than 2 instances" % t)
    return ml, types


def build():
    cases = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    random.Random(N).shuffle(cases)
    records = [build_record(i + 1, c) for i, c in enumerate(cases)]
    for r in records:
        validate_record(r)
    return records


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate only, write nothing")
    args = ap.parse_args()
    try:
        records = build()
        ml, types = validate_set(records)
    except CaseError as exc:
        print("INVALID:", exc, file=sys.stderr)
        return 1
    ntraps = sum(len(r["traps"]) for r in records)
    print("pairs:", len(records))
    for (m, l), n in sorted(ml.items()):
        print("  %-11s %-12s %d" % (m, l, n))
    print("errors:", sum(types.values()), dict(sorted(types.items())))
    print("traps:", ntraps, "(consistent %d, inconsistent %d)" % (
        sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
        sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")))
    if args.check:
        print("check only: nothing written")
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
