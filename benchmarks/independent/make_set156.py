#!/usr/bin/env python3
"""Build and validate evaluation set 156 (set156.jsonl) for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every pair was hand-written in English by a helper session that saw no code or data of the project and
no existing benchmark, working only from a written brief.  All people, companies, organisations, places
and figures are invented; real countries (and one continent) appear only as background.  The cases live
as plain Python data in parts156/p1.py .. p4.py (ten pairs each); this script locates every span by
string search in the candidate (occurrence index where the quoted text repeats; omissions are anchored
after/before a quoted text), validates everything and writes set156.jsonl next to this file.

Usage:  python3 make_set156.py          validate and write set156.jsonl
        python3 make_set156.py --check  validate only, write nothing

Composition (enforced below)
----------------------------
40 pairs, each from a different domain (news / agency / corporate / official register,
references 70-190 words):
  rewrite      20  (10 consistent, 10 inconsistent)   parts156/p1.py, p2.py
  summary      10  ( 5 consistent,  5 inconsistent)   parts156/p3.py
  translation  10  ( 5 consistent,  5 inconsistent)   parts156/p4.py
30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with two):
  entity 3, number 4, date 3, role 3, polarity 3, modality 2, attribution 3, event 3,
  omission 2 (rewrite/translation only), addition 2, repetition 2.
Traps (faithful rewordings a naive checker might flag): 3-5 in every consistent pair,
0-3 in every inconsistent pair.  The domain list given in the brief was cut off after its first two
items (pumpkin festival record, hot air balloon crash); the other 38 domains were chosen by the helper.
"""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "parts156"))

import p1, p2, p3, p4  # noqa: E402

OUT = os.path.join(HERE, "set156.jsonl")
PREFIX = "s156"
TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution", "event",
         "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite": 20, "summary": 10, "translation": 10}
EXPECTED_TYPE_COUNTS = {"entity": 3, "number": 4, "date": 3, "role": 3, "polarity": 3, "modality": 2,
                        "attribution": 3, "event": 3, "omission": 2, "addition": 2, "repetition": 2}


class Invalid(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Invalid(msg)


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(hay, needle, occ, where):
    pos = occurrences(hay, needle)
    check(pos, f"{where}: {needle!r} not found")
    if occ is None:
        check(len(pos) == 1, f"{where}: {needle!r} occurs {len(pos)} times; give occ")
        occ = 0
    check(0 <= occ < len(pos), f"{where}: occ {occ} out of range for {needle!r} ({len(pos)} found)")
    return pos[occ]


def cuts_word(s, i):
    return 0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()


def words(s):
    return len(s.split())


def in_text_on_boundaries(hay, needle):
    return any(not cuts_word(hay, p) and not cuts_word(hay, p + len(needle)) for p in occurrences(hay, needle))


def build_case(case):
    key = case["key"]
    ref, cand, mode = case["reference"], case["candidate"], case["mode"]
    check(mode in MODES, f"{key}: bad mode {mode}")
    for name, t in (("reference", ref), ("candidate", cand)):
        check(t == t.strip() and "  " not in t and "\n" not in t, f"{key}: whitespace problem in {name}")
        check('"' not in t, f"{key}: straight double quote in {name}")
    check(ref != cand, f"{key}: reference equals candidate")
    check(70 <= words(ref) <= 190, f"{key}: reference has {words(ref)} words")
    if mode == "summary":
        check(words(cand) < words(ref) and len(cand) < len(ref), f"{key}: summary not shorter")
    else:
        check(words(cand) >= 0.6 * words(ref), f"{key}: {mode} candidate suspiciously short")

    spans = []  # (start, end, what)
    errors = []
    for e in case["errors"]:
        et, sev = e["type"], e["severity"]
        where = f"{key}/{et}"
        check(et in TYPES, f"{where}: bad type")
        check(sev in SEVERITIES, f"{where}: bad severity")
        if et == "omission":
            check(mode != "summary", f"{where}: omission in a summary")
            check(e["text"] == "", f"{where}: omission text must be empty")
            r = e["ref_text"]
            check(r and r in ref, f"{where}: ref_text not in reference")
            check(in_text_on_boundaries(ref, r), f"{where}: ref_text cuts words in reference")
            check(r.lower() not in cand.lower(), f"{where}: omitted words present in candidate")
            if e["after"] is not None:
                pos = locate(cand, e["after"], e["occ"], where) + len(e["after"])
            else:
                pos = locate(cand, e["before"], e["occ"], where)
            check(not cuts_word(cand, pos), f"{where}: omission point inside a word")
            start = end = pos
            text = ""
        else:
            text = e["text"]
            check(text and text == text.strip(), f"{where}: empty or padded text")
            start = locate(cand, text, e["occ"], where)
            end = start + len(text)
            check(not cuts_word(cand, start) and not cuts_word(cand, end), f"{where}: span cuts a word")
            r = e["ref_text"]
            if et in ("addition", "repetition"):
                check(r is None, f"{where}: ref_text must be null")
                if et == "repetition":
                    check(text in cand[:start], f"{where}: no earlier copy of repeated text")
                else:
                    check(text.lower() not in ref.lower(), f"{where}: 'added' text is in reference")
            else:
                check(r and r in ref, f"{where}: ref_text {r!r} not in reference")
                check(in_text_on_boundaries(ref, r), f"{where}: ref_text cuts words in reference")
                check(r != text, f"{where}: ref_text equals span text")
                check(text not in ref or et in ("role", "attribution"), f"{where}: erroneous text {text!r} occurs verbatim in reference")
        check(cand[start:end] == text, f"{where}: offset mismatch")
        spans.append((start, end, where))
        errors.append({"start": start, "end": end, "text": text, "type": et, "severity": sev,
                       "ref_text": e["ref_text"]})

    traps = []
    for t in case["traps"]:
        where = f"{key}/trap {t['text']!r}"
        text, r = t["text"], t["ref_text"]
        check(text and text == text.strip(), f"{where}: empty or padded")
        start = locate(cand, text, t["occ"], where)
        end = start + len(text)
        check(not cuts_word(cand, start) and not cuts_word(cand, end), f"{where}: span cuts a word")
        check(r in ref, f"{where}: ref_text not in reference")
        check(in_text_on_boundaries(ref, r), f"{where}: ref_text cuts words in reference")
        check(r != text, f"{where}: trap identical to reference wording")
        spans.append((start, end, where))
        traps.append({"start": start, "end": end, "text": text, "ref_text": r})

    # no overlaps (zero-width omission points may touch but not sit strictly inside another span)
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a, b = spans[i], spans[j]
            if a[0] == a[1] or b[0] == b[1]:
                p, other = (a, b) if a[0] == a[1] else (b, a)
                check(not (other[0] < p[0] < other[1]), f"{key}: {p[2]} inside {other[2]}")
            else:
                check(a[1] <= b[0] or b[1] <= a[0], f"{key}: {a[2]} overlaps {b[2]}")

    label = "inconsistent" if errors else "consistent"
    if label == "consistent":
        check(3 <= len(traps) <= 5, f"{key}: consistent pair needs 3-5 traps, has {len(traps)}")
    else:
        check(1 <= len(errors) <= 3, f"{key}: {len(errors)} errors")
        check(len(traps) <= 3, f"{key}: inconsistent pair has {len(traps)} traps")
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: x["start"])
    return {"domain": case["domain"], "mode": mode, "reference": ref, "candidate": cand, "label": label,
            "errors": errors, "traps": traps}, key


def build():
    cases = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    check(len(cases) == 40, f"{len(cases)} cases")
    keys = [c["key"] for c in cases]
    check(len(set(keys)) == 40, "duplicate keys")
    domains = [c["domain"] for c in cases]
    check(len(set(d.lower() for d in domains)) == 40, "duplicate domains")
    check({"pumpkin festival record", "hot air balloon crash"} <= set(domains), "brief's named domains missing")
    recs = [build_case(c) for c in cases]

    mode_label = Counter((r["mode"], r["label"]) for r, _ in recs)
    for m, n in MODES.items():
        check(mode_label[(m, "consistent")] == n // 2 and mode_label[(m, "inconsistent")] == n // 2,
              f"mode {m}: {mode_label}")
    type_counts = Counter(e["type"] for r, _ in recs for e in r["errors"])
    check(sum(type_counts.values()) == 30, f"{sum(type_counts.values())} errors")
    check(all(type_counts[t] >= 2 for t in TYPES), f"type counts {type_counts}")
    check(dict(type_counts) == EXPECTED_TYPE_COUNTS, f"type counts differ from docstring: {type_counts}")
    per_pair = Counter(len(r["errors"]) for r, _ in recs if r["label"] == "inconsistent")
    check(per_pair[1] + per_pair[2] >= 15, f"errors per pair {per_pair}")

    order = list(range(len(recs)))
    random.Random(156).shuffle(order)
    out = []
    for n, idx in enumerate(order, 1):
        r, _ = recs[idx]
        out.append({"id": f"{PREFIX}-{n:03d}", **r})
    return out, type_counts, mode_label, per_pair


def main():
    try:
        recs, type_counts, mode_label, per_pair = build()
    except Invalid as exc:
        print("INVALID:", exc, file=sys.stderr)
        return 1
    n_traps = sum(len(r["traps"]) for r in recs)
    print(f"OK: {len(recs)} pairs; by mode/label {dict(sorted(mode_label.items()))}")
    print(f"errors {sum(type_counts.values())}: {dict(sorted(type_counts.items()))}; per inconsistent pair {dict(per_pair)}")
    print(f"traps {n_traps} (consistent {sum(len(r['traps']) for r in recs if r['label'] == 'consistent')}, "
          f"inconsistent {sum(len(r['traps']) for r in recs if r['label'] == 'inconsistent')})")
    if "--check" in sys.argv[1:]:
        print("--check: nothing written")
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-verify offsets from the written file
    with open(OUT, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            for s in r["errors"] + r["traps"]:
                assert r["candidate"][s["start"]:s["end"]] == s["text"], (r["id"], s)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
