#!/usr/bin/env python3
"""Build held-out evaluation set 153 for the fact-comparison tool.

How it was made: every pair was hand-written by a helper session that saw no
code or data of the project and no existing benchmark, working only from a
written brief. All people, companies, organisations, places and figures are
invented (real countries appear only as background). The cases live as Python
data in parts153/p1.py .. p4.py; this script locates every span by string
search (never hand-typed offsets; an occurrence index picks among repeats),
validates the whole set and writes set153.jsonl next to this file.
`python3 make_set153.py --check` validates only and writes nothing.

Composition (checked below):
  40 pairs, each from a different domain: 20 consistent / 20 inconsistent.
  Modes: 20 rewrite (10/10), 10 summary (5/5), 10 translation (5/5).
  30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 2, event 3, omission 2, addition 2, repetition 2.
  Inconsistent pairs: 10 with one error, 10 with two errors.
  Traps: 3-5 per consistent pair, 0-3 per inconsistent pair (144 in all: 98 + 46).
  p1/p2: rewrites; p3: summaries; p4: translations (both texts being
  independent English translations of one imagined non-English story).
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts153 import p1, p2, p3, p4  # noqa: E402

N = 153
OUT = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "rent cap introduction", "kidnapping trial", "forest fire damage report", "high street rents",
    "tourist tax introduction", "ferry terminal redevelopment", "stolen painting recovered",
    "water rationing", "factory pollution fine", "gold medal homecoming",
    "national library digitisation", "bank robbery trial", "island ferry breakdown",
    "railway station renaming", "child benefit error", "museum loan return", "rare bird sighting",
    "e-book lending deal", "primary school closure", "power cable project", "traffic camera rollout",
    "electric ferry launch", "university strike pay", "royal visit to factory", "salt mine museum",
    "farm subsidy reform", "smart motorway review", "apprentice chef award", "wind farm compensation",
    "pop star tax case", "roof collapse at school", "language school licence",
    "hydroelectric dam approval", "fuel duty change", "radio mast dispute", "canal lock closure",
    "police station reopening", "typhoon crop losses", "tramway centenary", "airship test flight",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution", "event",
         "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
EXPECTED_TYPES = {"entity": 3, "number": 4, "date": 3, "role": 3, "polarity": 3, "modality": 3,
                  "attribution": 2, "event": 3, "omission": 2, "addition": 2, "repetition": 2}


class Invalid(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Invalid(msg)


def words(s):
    return re.findall(r"\S+", s)


def find_occ(hay, needle, occ, where):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        check(pos >= 0, "%s: %r occurrence %d not found" % (where, needle, occ))
    return pos


def cuts_word(s, i):
    """True if offset i falls strictly inside a word."""
    return 0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()


def build_record(idx, c):
    rid = "s%d-%03d" % (N, idx)
    ref, cand = c["reference"], c["candidate"]
    check(c["domain"] in DOMAINS, "%s: unknown domain %r" % (rid, c["domain"]))
    check(c["mode"] in ("rewrite", "summary", "translation"), "%s: bad mode" % rid)
    check(c["label"] in ("consistent", "inconsistent"), "%s: bad label" % rid)
    check(ref != cand, "%s: candidate equals reference" % rid)
    nw = len(words(ref))
    check(70 <= nw <= 190, "%s: reference has %d words" % (rid, nw))
    if c["mode"] == "summary":
        check(len(cand) < len(ref) and len(words(cand)) < nw, "%s: summary not shorter" % rid)

    errors, spans = [], []
    for e in c["errors"]:
        t, sev, rt = e["type"], e["severity"], e["ref_text"]
        check(t in TYPES, "%s: bad type %r" % (rid, t))
        check(sev in SEVERITIES, "%s: bad severity %r" % (rid, sev))
        if e["kind"] == "omission":
            check(t == "omission", "%s: omission kind/type mismatch" % rid)
            check(c["mode"] != "summary", "%s: omission in a summary" % rid)
            start = find_occ(cand, e["after"], e["occ"], rid) + len(e["after"])
            end, text = start, ""
            check(rt and rt in ref, "%s: omission ref_text not in reference: %r" % (rid, rt))
            check(rt.lower() not in cand.lower(), "%s: omitted words present in candidate" % rid)
        else:
            check(t != "omission", "%s: omission must use OM()" % rid)
            text = e["text"]
            start = find_occ(cand, text, e["occ"], rid)
            end = start + len(text)
            check(text and text == text.strip(), "%s: span %r empty or padded" % (rid, text))
            if t in ("addition", "repetition"):
                check(rt is None, "%s: %s must have null ref_text" % (rid, t))
                if t == "repetition":
                    check(cand.find(text) < start, "%s: repetition %r has no earlier copy" % (rid, text))
            else:
                check(rt is not None and rt in ref,
                      "%s: ref_text %r not in reference" % (rid, rt))
                check(rt != text, "%s: error span equals its ref_text" % rid)
        check(not cuts_word(cand, start) and not cuts_word(cand, end),
              "%s: span %r cuts a word" % (rid, text))
        errors.append({"start": start, "end": end, "text": text, "type": t,
                       "severity": sev, "ref_text": rt})
        spans.append((start, end, "error %r" % text))

    traps = []
    for tr in c["traps"]:
        text, rt = tr["text"], tr["ref_text"]
        start = find_occ(cand, text, tr["occ"], rid)
        end = start + len(text)
        check(text == text.strip() and text, "%s: trap %r empty or padded" % (rid, text))
        check(rt in ref, "%s: trap ref_text %r not in reference" % (rid, rt))
        check(text != rt and text not in ref, "%s: trap %r is not a rewording" % (rid, text))
        check(not cuts_word(cand, start) and not cuts_word(cand, end),
              "%s: trap %r cuts a word" % (rid, text))
        traps.append({"start": start, "end": end, "text": text, "ref_text": rt})
        spans.append((start, end, "trap %r" % text))

    # no overlaps (an omission point may not fall strictly inside another span)
    for i, (s1, e1, n1) in enumerate(spans):
        for s2, e2, n2 in spans[i + 1:]:
            if s1 == e1 or s2 == e2:
                pt, (a, b) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                bad = a < pt < b
            else:
                bad = s1 < e2 and s2 < e1
            check(not bad, "%s: %s overlaps %s" % (rid, n1, n2))

    if c["label"] == "consistent":
        check(not errors, "%s: consistent pair with errors" % rid)
        check(3 <= len(traps) <= 5, "%s: consistent pair needs 3-5 traps" % rid)
    else:
        check(1 <= len(errors) <= 3, "%s: inconsistent pair needs 1-3 errors" % rid)
        check(len(traps) <= 3, "%s: inconsistent pair has >3 traps" % rid)

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    for sp in errors + traps:
        check(cand[sp["start"]:sp["end"]] == sp["text"], "%s: offset mismatch" % rid)
    return {"id": rid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
            "candidate": cand, "label": c["label"], "errors": errors, "traps": traps}


def build():
    cases = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    recs = [build_record(i + 1, c) for i, c in enumerate(cases)]
    check(len(recs) == 40, "expected 40 pairs, got %d" % len(recs))
    doms = [r["domain"] for r in recs]
    check(len(set(doms)) == 40 and set(doms) == set(DOMAINS), "domains not one per pair")
    ml = Counter((r["mode"], r["label"]) for r in recs)
    for mode, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for lab in ("consistent", "inconsistent"):
            check(ml[(mode, lab)] == n, "mode/label %s/%s = %d" % (mode, lab, ml[(mode, lab)]))
    tc = Counter(e["type"] for r in recs for e in r["errors"])
    check(sum(tc.values()) == 30, "expected 30 errors, got %d" % sum(tc.values()))
    check(all(tc[t] >= 2 for t in TYPES), "each type needs >= 2: %s" % dict(tc))
    check(dict(tc) == EXPECTED_TYPES, "type counts differ from docstring: %s" % dict(tc))
    ntraps = sum(len(r["traps"]) for r in recs)
    check(ntraps == 144, "trap total %d differs from docstring" % ntraps)
    return recs


def report(recs):
    ml = Counter((r["mode"], r["label"]) for r in recs)
    tc = Counter(e["type"] for r in recs for e in r["errors"])
    sev = Counter(e["severity"] for r in recs for e in r["errors"])
    ne = Counter(len(r["errors"]) for r in recs if r["label"] == "inconsistent")
    ntr = Counter(r["label"] for r in recs for _ in r["traps"])
    print("pairs:", len(recs), dict(sorted(ml.items())))
    print("errors:", sum(tc.values()), {t: tc[t] for t in TYPES})
    print("severity:", dict(sev), "errors per inconsistent pair:", dict(sorted(ne.items())))
    print("traps:", sum(ntr.values()), dict(ntr))
    wc = [len(words(r["reference"])) for r in recs]
    print("reference words: min %d max %d" % (min(wc), max(wc)))


def main():
    try:
        recs = build()
    except Invalid as exc:
        print("INVALID:", exc)
        return 1
    report(recs)
    if "--check" in sys.argv[1:]:
        print("valid (check only, nothing written)")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
