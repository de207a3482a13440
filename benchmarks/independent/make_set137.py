#!/usr/bin/env python3
"""Build held-out evaluation set 137 (N = 137) for the fact-comparison tool.

How it was made
---------------
Every pair was hand-written by a helper session that saw no code or data of the
project and no existing benchmark; it worked only from a written brief. All
people, companies, organisations, towns, products and figures are invented
(real countries and large regions appear only as background). The texts are
kept here as Python data in parts137/p1.py .. p4.py; this script locates every
span by string search (occurrence index where a quoted text repeats), so no
character offset is typed by hand, validates the whole set, and writes
set137.jsonl next to this file.  `python3 make_set137.py --check` validates only
and writes nothing.

Composition
-----------
* 40 pairs, each from a different news/agency/corporate/official domain;
  20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5; both texts are independent English renderings of the
  same non-English story).
* 30 annotated errors over the eleven types: entity 3, number 4, date 3,
  role 3, polarity 3, modality 3, attribution 2, event 3, omission 2,
  addition 2, repetition 2 (severity: 8 minor, 16 major, 6 critical).
  Ten inconsistent pairs carry one error and ten
  carry two.  Omissions occur only in rewrite and translation pairs.
* Traps (faithful rewordings a naive checker might flag): 3-5 per consistent
  pair (95 in all), 1-3 per inconsistent pair (44 in all).
* References are 70-190 words; summaries are shorter than their references.

Record format: id, domain, mode, reference, candidate, label, errors
[{start, end, text, type, severity, ref_text}], traps [{start, end, text,
ref_text}]; offsets are Python str offsets into `candidate`, [start, end).
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts137 import p1, p2, p3, p4  # noqa: E402

N = 137
OUT = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "ai chatbot ban", "charging point rollout", "maternity unit downgrade",
    "hailstorm crop losses", "house price fall", "tsunami drill",
    "carbon monoxide death", "recount result", "noise abatement order",
    "ferry timetable cut to island", "ombudsman report care homes",
    "streaming royalties dispute", "academy trust takeover",
    "detention centre inspection", "lightning strike fire", "lead pipe replacement",
    "nursing agency fees", "ferry collision", "cold weather payments",
    "dengue fever spread", "ransomware attack council", "sinkhole street",
    "tornado warning system", "party leadership challenge",
    "desalination plant approval", "mountain climber death", "app store ruling",
    "publishing merger", "cocoa price record", "stop and search figures",
    "particle accelerator upgrade", "cruise ship emissions",
    "beach bathing water rating", "poet laureate appointment",
    "bee decline pesticide", "nightclub closure", "concert cancellation refunds",
    "stray dog cull", "heatwave working hours", "car plant closure",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}

PROBLEMS = []


def fail(cid, msg):
    PROBLEMS.append("%s: %s" % (cid, msg))


def find(hay, needle, occ, cid, what):
    """Offset of occurrence `occ` of `needle`; occ must be given iff it repeats."""
    hits, i = [], hay.find(needle)
    while i != -1:
        hits.append(i)
        i = hay.find(needle, i + 1)
    if not hits:
        fail(cid, "%s not found: %r" % (what, needle))
        return None
    if occ is None:
        if len(hits) > 1:
            fail(cid, "%s repeats (%d times), give occ: %r" % (what, len(hits), needle))
            return None
        return hits[0]
    if occ >= len(hits):
        fail(cid, "%s occ %d out of range: %r" % (what, occ, needle))
        return None
    return hits[occ]


def words(s):
    return len(s.split())


def boundary_ok(s, start, end):
    if start > 0 and s[start - 1].isalnum() and s[start].isalnum():
        return False
    if end < len(s) and s[end - 1].isalnum() and s[end].isalnum():
        return False
    return True


def point_ok(s, pos):
    return not (0 < pos < len(s) and s[pos - 1].isalnum() and s[pos].isalnum())


def build():
    cases = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    records = []
    for n, c in enumerate(cases, 1):
        cid = "s%d-%03d" % (N, n)
        ref, cand = c["reference"], c["candidate"]
        mode, label = c["mode"], c["label"]
        if mode not in MODES:
            fail(cid, "bad mode %r" % mode)
        if label not in ("consistent", "inconsistent"):
            fail(cid, "bad label %r" % label)
        if c["domain"] not in DOMAINS:
            fail(cid, "domain not in list: %r" % c["domain"])
        nw = words(ref)
        if not 70 <= nw <= 190:
            fail(cid, "reference has %d words" % nw)
        if mode == "summary" and not (len(cand) < len(ref) and words(cand) < nw):
            fail(cid, "summary not shorter than reference")
        if ref == cand:
            fail(cid, "candidate identical to reference")

        errors, spans = [], []
        for e in c["errors"]:
            t, sev, rt = e["type"], e["severity"], e["ref_text"]
            if t not in TYPES:
                fail(cid, "bad error type %r" % t)
            if sev not in SEVERITIES:
                fail(cid, "bad severity %r" % sev)
            if t == "omission":
                if mode == "summary":
                    fail(cid, "omission in summary mode")
                a = find(cand, e["anchor"], e["occ"], cid, "omission anchor")
                if a is None:
                    continue
                pos = a if e["where"] == "before" else a + len(e["anchor"])
                if not point_ok(cand, pos):
                    fail(cid, "omission point cuts a word")
                if not rt or rt not in ref:
                    fail(cid, "omission ref_text not in reference: %r" % rt)
                if rt and rt.lower() in cand.lower():
                    fail(cid, "omitted words present in candidate: %r" % rt)
                rec = {"start": pos, "end": pos, "text": "", "type": t,
                       "severity": sev, "ref_text": rt}
            else:
                s = find(cand, e["text"], e["occ"], cid, "error text")
                if s is None:
                    continue
                end = s + len(e["text"])
                if e["text"] != e["text"].strip():
                    fail(cid, "error text has outer whitespace: %r" % e["text"])
                if not boundary_ok(cand, s, end):
                    fail(cid, "error span cuts a word: %r" % e["text"])
                if t in ("addition", "repetition"):
                    if rt is not None:
                        fail(cid, "%s must have ref_text null" % t)
                    if t == "repetition" and e["text"] not in cand[:s]:
                        fail(cid, "repetition has no earlier copy: %r" % e["text"])
                else:
                    if not rt or rt not in ref:
                        fail(cid, "error ref_text not in reference: %r" % rt)
                    if rt == e["text"]:
                        fail(cid, "error text equals ref_text: %r" % rt)
                    if t not in ("role", "entity") and e["text"] in ref:
                        # a changed fact should not be verbatim reference text (entity/role errors may reuse reference names)
                        fail(cid, "error text occurs verbatim in reference: %r" % e["text"])
                rec = {"start": s, "end": end, "text": e["text"], "type": t,
                       "severity": sev, "ref_text": rt}
            assert cand[rec["start"]:rec["end"]] == rec["text"]
            errors.append(rec)
            spans.append((rec["start"], rec["end"], "error " + repr(rec["text"])))

        traps = []
        for tr in c["traps"]:
            s = find(cand, tr["text"], tr["occ"], cid, "trap text")
            if s is None:
                continue
            end = s + len(tr["text"])
            if not boundary_ok(cand, s, end) or tr["text"] != tr["text"].strip():
                fail(cid, "trap span cuts a word: %r" % tr["text"])
            if tr["ref_text"] not in ref:
                fail(cid, "trap ref_text not in reference: %r" % tr["ref_text"])
            if tr["ref_text"] == tr["text"]:
                fail(cid, "trap text equals its ref_text: %r" % tr["text"])
            traps.append({"start": s, "end": end, "text": tr["text"],
                          "ref_text": tr["ref_text"]})
            spans.append((s, end, "trap " + repr(tr["text"])))

        # no overlaps (a zero-width omission may not fall strictly inside a span)
        spans.sort()
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                a, b = spans[i], spans[j]
                if a[0] == a[1] or b[0] == b[1]:
                    p, o = (a, b) if a[0] == a[1] else (b, a)
                    if o[0] < p[0] < o[1] or (o[0] == o[1] == p[0]):
                        fail(cid, "omission point inside %s" % o[2])
                elif a[0] < b[1] and b[0] < a[1]:
                    fail(cid, "overlap: %s / %s" % (a[2], b[2]))

        if label == "consistent":
            if errors:
                fail(cid, "consistent pair has errors")
            if not 3 <= len(traps) <= 5:
                fail(cid, "consistent pair has %d traps" % len(traps))
        else:
            if not 1 <= len(errors) <= 2:
                fail(cid, "inconsistent pair has %d errors" % len(errors))
            if len(traps) > 3:
                fail(cid, "inconsistent pair has %d traps" % len(traps))

        errors.sort(key=lambda r: (r["start"], r["end"]))
        traps.sort(key=lambda r: (r["start"], r["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": mode,
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors, "traps": traps})
    return records


def check_composition(records):
    if len(records) != 40:
        fail("set", "expected 40 pairs, got %d" % len(records))
    doms = Counter(r["domain"] for r in records)
    for d, k in doms.items():
        if k > 1:
            fail("set", "domain used %d times: %r" % (k, d))
    ml = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(ml) != want:
        fail("set", "mode/label mix %r" % dict(ml))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        fail("set", "expected 30 errors, got %d" % sum(types.values()))
    for t in TYPES:
        if types[t] < 2:
            fail("set", "type %s has only %d errors" % (t, types[t]))
    return ml, types


def main():
    check_only = "--check" in sys.argv[1:]
    records = build()
    ml, types = check_composition(records)
    if PROBLEMS:
        print("VALIDATION FAILED (%d problems):" % len(PROBLEMS))
        for p in PROBLEMS:
            print("  " + p)
        sys.exit(1)
    ntr = Counter(r["label"] for r in records for _ in r["traps"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    per = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    print("OK: %d pairs; mode/label %s" % (len(records), dict(sorted(ml.items()))))
    print("errors by type: %s" % dict(types))
    print("errors by severity: %s; errors per inconsistent pair: %s" % (dict(sev), dict(per)))
    print("traps: %s" % dict(ntr))
    if check_only:
        print("--check: nothing written")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)


if __name__ == "__main__":
    main()
