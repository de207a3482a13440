#!/usr/bin/env python3
"""Build held-out evaluation set 144 (set144.jsonl) for a fact-comparison tool.

How the set was made
--------------------
Every pair was hand-written by a helper session that saw no code or data of
the project and no existing benchmark, working only from a written brief.
All people, companies, organisations, places and figures are invented (real
countries appear only as background).  The cases are kept as Python data in
parts144/p1.py .. p4.py (ten pairs each); spans are given by their text (plus
an occurrence index where a text repeats) and every character offset is
computed here by string search.  This script validates everything and writes
set144.jsonl next to itself; `--check` validates only and writes nothing.

Composition
-----------
40 pairs, each from a different domain (news / agency / corporate / official
register; references 70-190 words):
  * 20 rewrites (10 consistent, 10 inconsistent)
  * 10 summaries (5 consistent, 5 inconsistent)
  * 10 translations (5 consistent, 5 inconsistent; both texts are independent
    English translations of the same non-English story)
30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with two):
  entity 4, number 3, date 3, role 3, polarity 3, modality 3, omission 3,
  attribution 2, event 2, addition 2, repetition 2.
Traps (faithful rewordings a naive checker might flag): 4-5 per consistent
pair (92 in all), 1-3 per inconsistent pair (40 in all); 132 in total.

Record format: one JSON object per line with id, domain, mode, reference,
candidate, label, errors [{start, end, text, type, severity, ref_text}] and
traps [{start, end, text, ref_text}]; offsets are Python str offsets into
`candidate`, [start, end).  Omissions have start == end and text "".
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts144 import p1, p2, p3, p4  # noqa: E402

N = 144
OUT = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "referendum date", "cement plant emissions", "coal mine closure",
    "constituency boundary review", "ozone recovery", "teacher training bursary",
    "port expansion", "garden bridge scrapped", "national grid upgrade",
    "nature reserve purchase", "climate report", "lobbying register",
    "police body cameras", "hospital waiting times", "earthquake drill",
    "bank fine money laundering", "unemployment rate", "carer allowance overpayments",
    "passport delays", "warehouse collapse", "gas storage", "city bike share",
    "visa fee increase", "town hall sale", "exam cheating", "export ban grain",
    "oil field approval", "water contamination", "gambling advert ban", "new town plan",
    "olive harvest collapse", "trade deal signing", "gold reserves audit",
    "beaver dam flooding", "school closure snow", "sheep worrying by dogs",
    "freedom of information refusal", "truffle price surge", "missing hiker found",
    "loneliness minister",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution",
         "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}
EXPECTED_TYPE_COUNTS = {"entity": 4, "number": 3, "date": 3, "role": 3, "polarity": 3,
                        "modality": 3, "omission": 3, "attribution": 2, "event": 2,
                        "addition": 2, "repetition": 2}
EXPECTED_TRAPS = (92, 40)  # (consistent pairs, inconsistent pairs)


class Invalid(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Invalid(msg)


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(cand, text, occ, where):
    pos = occurrences(cand, text)
    check(len(pos) > occ, "%s: %r occurrence %d not found in candidate (%d found)"
          % (where, text, occ, len(pos)))
    return pos[occ]


def is_word(ch):
    return ch.isalnum()


def boundary_ok(s, i):
    """True when position i does not fall inside a word."""
    if i <= 0 or i >= len(s):
        return True
    return not (is_word(s[i - 1]) and is_word(s[i]))


def check_span(cand, start, end, where):
    check(0 <= start < end <= len(cand), "%s: bad span %d-%d" % (where, start, end))
    check(boundary_ok(cand, start) and boundary_ok(cand, end),
          "%s: span %r cuts a word" % (where, cand[start:end]))
    check(cand[start:end] == cand[start:end].strip(),
          "%s: span %r has outer whitespace" % (where, cand[start:end]))


def build_record(idx, c):
    rid = "s%d-%03d" % (N, idx)
    ref, cand = c["reference"], c["candidate"]
    errors, traps = [], []
    for k, e in enumerate(c["errors"]):
        where = "%s error %d" % (rid, k)
        if e["kind"] == "point":
            if e["after"] is not None:
                p = locate(cand, e["after"], e["occ"], where) + len(e["after"])
            else:
                p = locate(cand, e["before"], e["occ"], where)
            # omission point sits at a word boundary, between a space and a word
            check(boundary_ok(cand, p), "%s: omission point inside a word" % where)
            errors.append({"start": p, "end": p, "text": "", "type": "omission",
                           "severity": e["severity"], "ref_text": e["ref_text"]})
        else:
            s = locate(cand, e["text"], e["occ"], where)
            t = s + len(e["text"])
            check_span(cand, s, t, where)
            errors.append({"start": s, "end": t, "text": cand[s:t], "type": e["type"],
                           "severity": e["severity"], "ref_text": e["ref_text"]})
    for k, tr in enumerate(c["traps"]):
        where = "%s trap %d" % (rid, k)
        s = locate(cand, tr["text"], tr["occ"], where)
        t = s + len(tr["text"])
        check_span(cand, s, t, where)
        traps.append({"start": s, "end": t, "text": cand[s:t], "ref_text": tr["ref_text"]})
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": rid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
            "candidate": cand, "label": c["label"], "errors": errors, "traps": traps}


def validate_record(r):
    rid, ref, cand, mode = r["id"], r["reference"], r["candidate"], r["mode"]
    check(r["domain"] in DOMAINS, "%s: unknown domain %r" % (rid, r["domain"]))
    check(mode in MODES, "%s: bad mode" % rid)
    check(r["label"] in ("consistent", "inconsistent"), "%s: bad label" % rid)
    nref = len(ref.split())
    check(70 <= nref <= 190, "%s: reference has %d words" % (rid, nref))
    check(ref != cand, "%s: candidate identical to reference" % rid)
    for s in (ref, cand):
        check(s == s.strip() and "  " not in s and "\n" not in s,
              "%s: stray whitespace" % rid)
    if mode == "summary":
        check(len(cand.split()) < nref and len(cand) < len(ref),
              "%s: summary not shorter than reference" % rid)
    if r["label"] == "consistent":
        check(not r["errors"], "%s: consistent pair with errors" % rid)
        check(3 <= len(r["traps"]) <= 5, "%s: consistent pair needs 3-5 traps" % rid)
    else:
        check(1 <= len(r["errors"]) <= 2, "%s: inconsistent pair needs 1-2 errors" % rid)
        check(len(r["traps"]) <= 3, "%s: inconsistent pair has >3 traps" % rid)
    spans = []
    for e in r["errors"]:
        check(e["type"] in TYPES, "%s: bad type %r" % (rid, e["type"]))
        check(e["severity"] in SEVERITIES, "%s: bad severity" % rid)
        check(cand[e["start"]:e["end"]] == e["text"], "%s: text/offset mismatch" % rid)
        if e["type"] in ("addition", "repetition"):
            check(e["ref_text"] is None, "%s: %s must have null ref_text" % (rid, e["type"]))
        else:
            check(isinstance(e["ref_text"], str) and e["ref_text"],
                  "%s: %s needs ref_text" % (rid, e["type"]))
            check(e["ref_text"] in ref, "%s: ref_text %r not in reference" % (rid, e["ref_text"]))
        if e["type"] == "omission":
            check(mode in ("rewrite", "translation"), "%s: omission in summary" % rid)
            check(e["start"] == e["end"] and e["text"] == "", "%s: omission span" % rid)
            check(e["ref_text"] not in cand,
                  "%s: omitted text %r present in candidate" % (rid, e["ref_text"]))
        else:
            check(e["start"] < e["end"], "%s: empty non-omission span" % rid)
            check(e["text"] != e["ref_text"], "%s: error text equals ref_text" % rid)
        if e["type"] == "repetition":
            earlier = [p for p in occurrences(cand, e["text"]) if p + len(e["text"]) <= e["start"]]
            check(earlier, "%s: repetition without earlier copy" % rid)
        if e["type"] == "addition":
            check(e["text"] not in ref, "%s: addition text found in reference" % rid)
        spans.append((e["start"], e["end"], "error"))
    for t in r["traps"]:
        check(cand[t["start"]:t["end"]] == t["text"], "%s: trap text/offset mismatch" % rid)
        check(t["ref_text"] in ref, "%s: trap ref_text %r not in reference" % (rid, t["ref_text"]))
        check(t["text"] != t["ref_text"], "%s: trap identical to ref_text" % rid)
        spans.append((t["start"], t["end"], "trap"))
    # no overlaps (an omission point may not fall strictly inside another span)
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            if a[0] == a[1] or b[0] == b[1]:
                p, o = (a, b) if a[0] == a[1] else (b, a)
                check(not (o[0] < p[0] < o[1]), "%s: omission point inside a span" % rid)
            else:
                check(a[1] <= b[0] or b[1] <= a[0], "%s: overlapping spans" % rid)


def validate_set(records):
    check(len(records) == 40, "need 40 pairs, got %d" % len(records))
    check(len({r["id"] for r in records}) == 40, "duplicate ids")
    doms = [r["domain"] for r in records]
    check(len(set(doms)) == 40 and set(doms) == set(DOMAINS), "domains not one per pair")
    by = collections.Counter((r["mode"], r["label"]) for r in records)
    for mode, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for label in ("consistent", "inconsistent"):
            check(by[(mode, label)] == n, "need %d %s/%s, got %d"
                  % (n, mode, label, by[(mode, label)]))
    types = collections.Counter(e["type"] for r in records for e in r["errors"])
    check(sum(types.values()) == 30, "need 30 errors, got %d" % sum(types.values()))
    for t in TYPES:
        check(types[t] >= 2, "type %s has %d errors" % (t, types[t]))
    check(dict(types) == EXPECTED_TYPE_COUNTS, "type counts differ from docstring: %r" % types)
    ntc = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    nti = sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")
    check((ntc, nti) == EXPECTED_TRAPS, "trap counts differ from docstring: %r" % ((ntc, nti),))
    return by, types


def main(argv):
    check_only = "--check" in argv[1:]
    cases = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    try:
        records = [build_record(i + 1, c) for i, c in enumerate(cases)]
        for r in records:
            validate_record(r)
        by, types = validate_set(records)
    except Invalid as exc:
        print("INVALID:", exc, file=sys.stderr)
        return 1
    ntr_c = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    ntr_i = sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")
    print("valid: %d pairs" % len(records))
    for (mode, label), n in sorted(by.items()):
        print("  %-12s %-13s %d" % (mode, label, n))
    print("errors: %d  %s" % (sum(types.values()), dict(sorted(types.items()))))
    print("traps: %d (consistent %d, inconsistent %d)" % (ntr_c + ntr_i, ntr_c, ntr_i))
    if not check_only:
        with open(OUT, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
