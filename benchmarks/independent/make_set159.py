#!/usr/bin/env python3
"""Build the held-out evaluation set 159 (N = 159) for the fact-comparison tool.

How it was made
---------------
Every pair was hand-written by a helper session that saw no code or data of
the project and no existing benchmark; it worked only from a written brief.
All people, companies, organisations, places and figures are invented (real
countries appear only as background). The cases live as plain Python data in
parts159/p1.py .. p4.py; this script locates every span by string search
(quoted text plus an occurrence index -- no offset is typed by hand),
validates everything and writes set159.jsonl next to this file.

Usage:  python3 make_set159.py           # validate and write set159.jsonl
        python3 make_set159.py --check   # validate only, write nothing

Composition
-----------
40 pairs, each from a different domain, 20 consistent / 20 inconsistent:
  rewrite      20 (10 consistent, 10 inconsistent)   parts159/p1.py, p2.py
  summary      10 ( 5 consistent,  5 inconsistent)   parts159/p3.py
  translation  10 ( 5 consistent,  5 inconsistent)   parts159/p4.py
30 errors (10 inconsistent pairs with one error, 10 with two):
  entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 2, event 3, omission 2, addition 2, repetition 2
Traps: 3-5 in every consistent pair (87), 1-3 in every inconsistent
pair (47); 134 in all.
References are 70-190 words in news / agency / corporate / official register.
Translation pairs are two independent English renderings of one imagined
non-English story, so wording differs throughout.

Record format (one JSON object per line): id, domain, mode, reference,
candidate, label, errors[{start, end, text, type, severity, ref_text}],
traps[{start, end, text, ref_text}]; offsets are Python str offsets into
the candidate, [start, end). Omissions are zero-width (start == end,
text "") with the missing reference words in ref_text; additions and
repetitions have ref_text null.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts159 import p1, p2, p3, p4  # noqa: E402

N = 159
OUT = os.path.join(HERE, "set159.jsonl")

DOMAINS = [
    "citrus grove frost", "dovecote restoration", "parking app failure",
    "dam safety review", "cheesemonger award", "caravan park eviction",
    "ghost sign restoration", "harp maker award",
    "whisky distillery approval", "map archive digitisation",
    "stilt walking record", "choir competition disqualification",
    "cannabis farm raid", "sewage outfall fine", "hedge fund fraud verdict",
    "brass band competition", "bus driver assault", "royal visit costs",
    "city hall cyberattack", "castle ruin sale", "festival noise complaint",
    "motorbike rally permit", "dairy strike", "radio mast protest",
    "student loan error", "farm subsidy audit", "tiny house village",
    "olive harvest theft", "night bus withdrawal", "fireworks factory blast",
    "abattoir licence revocation", "university rent strike",
    "town market charter", "school phone ban", "wheelchair taxi shortage",
    "seaweed farming licence", "cattle rustling trial",
    "bobsleigh track funding", "charity shop theft", "book festival sponsor",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}

EXPECTED_TYPES = {"entity": 3, "number": 4, "date": 3, "role": 3,
                  "polarity": 3, "modality": 3, "attribution": 2,
                  "event": 3, "omission": 2, "addition": 2, "repetition": 2}
EXPECTED_MODES = {("rewrite", "consistent"): 10,
                  ("rewrite", "inconsistent"): 10,
                  ("summary", "consistent"): 5,
                  ("summary", "inconsistent"): 5,
                  ("translation", "consistent"): 5,
                  ("translation", "inconsistent"): 5}
EXPECTED_TRAPS = 134


class SetError(Exception):
    pass


def nth_find(hay, needle, occ):
    """Start offset of occurrence `occ` (0-based) of `needle` in `hay`."""
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise SetError("text %r: occurrence %d not found" % (needle, occ))
    return pos


def words(s):
    return re.findall(r"\S+", s)


def build_record(idx, c):
    cid = "s%d-%03d" % (N, idx)
    cand = c["candidate"]
    errors = []
    for e in c["errors"]:
        if e["kind"] == "omission":
            if e["before"] is not None:
                pos = nth_find(cand, e["before"], e["occ"])
            else:
                pos = nth_find(cand, e["after"], e["occ"]) + len(e["after"])
            errors.append({"start": pos, "end": pos, "text": "",
                           "type": "omission", "severity": e["severity"],
                           "ref_text": e["ref_text"]})
        else:
            s = nth_find(cand, e["text"], e["occ"])
            errors.append({"start": s, "end": s + len(e["text"]),
                           "text": e["text"], "type": e["type"],
                           "severity": e["severity"],
                           "ref_text": e["ref_text"]})
    traps = []
    for t in c["traps"]:
        s = nth_find(cand, t["text"], t["occ"])
        traps.append({"start": s, "end": s + len(t["text"]),
                      "text": t["text"], "ref_text": t["ref_text"]})
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": cid, "domain": c["domain"], "mode": c["mode"],
            "reference": c["reference"], "candidate": cand,
            "label": "inconsistent" if errors else "consistent",
            "errors": errors, "traps": traps}


def cuts_word(text, start, end):
    if start < end:
        if text[start].isalnum() and start > 0 and text[start - 1].isalnum():
            return True
        if (text[end - 1].isalnum() and end < len(text)
                and text[end].isalnum()):
            return True
    else:  # zero-width point must sit between words
        if (0 < start < len(text) and text[start - 1].isalnum()
                and text[start].isalnum()):
            return True
    return False


def validate_record(r):
    problems = []
    P = problems.append
    ref, cand, mode = r["reference"], r["candidate"], r["mode"]
    if r["domain"] not in DOMAINS:
        P("unknown domain")
    if mode not in MODES:
        P("bad mode")
    nref = len(words(ref))
    if not 70 <= nref <= 190:
        P("reference has %d words" % nref)
    if mode == "summary" and not (len(words(cand)) < nref
                                  and len(cand) < len(ref)):
        P("summary not shorter than reference")
    if cand == ref:
        P("candidate identical to reference")
    if "  " in cand or "  " in ref or "\n" in cand or "\n" in ref:
        P("stray whitespace")
    errs, traps = r["errors"], r["traps"]
    if r["label"] == "consistent":
        if errs:
            P("consistent pair with errors")
        if not 3 <= len(traps) <= 5:
            P("consistent pair has %d traps" % len(traps))
    else:
        if not errs:
            P("inconsistent pair without errors")
        if not 0 <= len(traps) <= 3:
            P("inconsistent pair has %d traps" % len(traps))
    spans = []
    for e in errs:
        s, t, ty = e["start"], e["end"], e["type"]
        if ty not in TYPES:
            P("bad type %r" % ty)
        if e["severity"] not in SEVERITIES:
            P("bad severity")
        if cand[s:t] != e["text"]:
            P("offset mismatch for %r" % e["text"])
        if cuts_word(cand, s, t):
            P("span cuts a word: %r" % e["text"])
        if ty == "omission":
            if s != t or e["text"] != "":
                P("omission must be zero-width")
            if mode == "summary":
                P("omission in a summary")
            if not e["ref_text"] or e["ref_text"] not in ref:
                P("omission ref_text not in reference")
            elif e["ref_text"].lower() in cand.lower():
                P("omitted words still present in candidate")
        else:
            if s >= t or not e["text"].strip():
                P("empty span for %s" % ty)
            if e["text"] != e["text"].strip():
                P("span with outer whitespace: %r" % e["text"])
            if ty in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    P("%s must have ref_text null" % ty)
                if ty == "repetition" and e["text"] not in cand[:s]:
                    P("repetition has no earlier copy")
                if ty == "addition" and e["text"] in ref:
                    P("added text appears in reference")
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    P("error ref_text not in reference: %r" % e["ref_text"])
                if e["ref_text"] == e["text"]:
                    P("error text equals ref_text")
        spans.append((s, t, e["text"]))
    for tr in traps:
        s, t = tr["start"], tr["end"]
        if cand[s:t] != tr["text"] or s >= t:
            P("trap offset mismatch for %r" % tr["text"])
        if tr["text"] != tr["text"].strip():
            P("trap with outer whitespace")
        if cuts_word(cand, s, t):
            P("trap cuts a word: %r" % tr["text"])
        if not tr["ref_text"] or tr["ref_text"] not in ref:
            P("trap ref_text not in reference: %r" % tr["ref_text"])
        if tr["text"].lower() == tr["ref_text"].lower():
            P("trap not reworded: %r" % tr["text"])
        if tr["text"] in ref:
            P("trap text occurs verbatim in reference: %r" % tr["text"])
        spans.append((s, t, tr["text"]))
    spans.sort()
    for (a0, a1, at), (b0, b1, bt) in zip(spans, spans[1:]):
        if b0 < a1 or (a0 == a1 == b0 and b1 == b0):
            P("overlapping spans %r / %r" % (at, bt))
        if a0 < b0 == b1 < a1:
            P("omission point inside span %r" % at)
    # zero-width points strictly inside any span
    for (s, t, txt) in spans:
        if s == t:
            for (a, b, other) in spans:
                if a < s < b:
                    P("omission point inside span %r" % other)
    return problems


def build_all():
    cases = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    records = [build_record(i + 1, c) for i, c in enumerate(cases)]
    problems = []
    for r in records:
        for p in validate_record(r):
            problems.append("%s (%s): %s" % (r["id"], r["domain"], p))
    # set-level checks
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        problems.append("repeated domain")
    if set(doms) != set(DOMAINS):
        problems.append("domains do not cover the list")
    if len({r["id"] for r in records}) != len(records):
        problems.append("repeated id")
    modes = Counter((r["mode"], r["label"]) for r in records)
    if dict(modes) != EXPECTED_MODES:
        problems.append("mode/label mix %s" % dict(modes))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if dict(types) != EXPECTED_TYPES:
        problems.append("error types %s" % dict(types))
    if any(types[t] < 2 for t in TYPES):
        problems.append("some type has fewer than 2 errors")
    if sum(types.values()) != 30:
        problems.append("expected 30 errors")
    per_pair = Counter(len(r["errors"]) for r in records
                       if r["label"] == "inconsistent")
    if per_pair[1] + per_pair[2] < 15:
        problems.append("too few inconsistent pairs with 1-2 errors")
    ntraps = sum(len(r["traps"]) for r in records)
    if ntraps != EXPECTED_TRAPS:
        problems.append("expected %d traps, got %d" % (EXPECTED_TRAPS, ntraps))
    return records, problems, modes, types, ntraps, per_pair


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        records, problems, modes, types, ntraps, per_pair = build_all()
    except SetError as exc:
        print("ERROR:", exc)
        return 1
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        return 1
    print("pairs: %d" % len(records))
    for (m, l), n in sorted(modes.items()):
        print("  %-12s %-13s %d" % (m, l, n))
    print("errors: %d" % sum(types.values()))
    for t in TYPES:
        print("  %-12s %d" % (t, types[t]))
    print("inconsistent pairs by error count: %s" % dict(sorted(per_pair.items())))
    print("traps: %d" % ntraps)
    if check_only:
        print("check only: valid, nothing written")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # round-trip check of the written file
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert back == records
    for r in back:
        for sp in r["errors"] + r["traps"]:
            assert r["candidate"][sp["start"]:sp["end"]] == sp["text"]
    print("wrote %s (%d lines)" % (OUT, len(back)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
