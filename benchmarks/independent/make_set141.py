#!/usr/bin/env python3
"""Held-out evaluation set 141 for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every pair was hand-written by a helper session that saw no code and no data of
the project (and no existing benchmark), working only from a written brief.
All people, companies, organisations, places and figures are invented; real
countries appear only as background.  The cases live as Python data in
parts141/p1.py .. p4.py (ten pairs each).  This script never trusts a typed
offset: it finds every quoted span by string search (with an explicit
occurrence index wherever the quoted text repeats), validates the whole set
and writes set141.jsonl next to itself.

    python3 make_set141.py           validate and write set141.jsonl
    python3 make_set141.py --check   validate only, write nothing
    python3 make_set141.py --partial validate the parts present (skip the
                                     whole-set composition checks)

Composition
-----------
40 pairs, one domain each (news / agency / corporate / official register):
  * 20 rewrites, 10 summaries, 10 translations (two independent English
    translations of the same non-English story); half of each mode consistent.
  * 20 consistent pairs, each with 3-5 traps (faithful rewordings a naive
    checker might flag: reordered clauses, active/passive, quantities in
    another form, names replaced by role, hedges reworded, dates reworded).
  * 20 inconsistent pairs (10 with one error, 10 with two), 0-3 traps each.
  * 30 errors over eleven types: entity 3, number 4, date 3, role 3,
    polarity 3, modality 3, attribution 2, event 3, omission 2, addition 2,
    repetition 2.  Omissions occur only in rewrite/translation pairs.

Record format (one JSON object per line): id, domain, mode, reference,
candidate, label, errors[{start,end,text,type,severity,ref_text}],
traps[{start,end,text,ref_text}].  Offsets are Python str offsets into
`candidate`, [start, end).  Omissions are zero-width at the point where the
missing words belong, text "" and ref_text = the missing reference words.
Addition and repetition errors have ref_text null.
"""
import importlib.util
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PARTS_DIR = os.path.join(HERE, "parts141")
OUT = os.path.join(HERE, "set141.jsonl")
N_PARTS = 4

DOMAINS = [
    "aurora tourism", "landfill tax", "red squirrel pox", "looted artefact restitution",
    "baby formula recall", "football club administration", "homeless shelter opening",
    "tourist cap old town", "cobalt supply audit", "crypto exchange failure",
    "rare earth magnet plant", "podcast advertising rules", "mussel farm licence",
    "diplomat expelled", "moth trap record", "gas price cap", "warehouse union vote",
    "hotel tax", "dog licence return", "triathlon swim leg cancelled",
    "cancer screening invite error", "party donation probe", "heat stroke deaths",
    "rocket launch scrub", "timber export ban", "takeover bid rejected", "school merger vote",
    "allergen labelling law", "netball super league", "insurance claim surge",
    "dairy herd tuberculosis", "bat roost survey", "curling stone quarry", "veterans pension",
    "drug shortage antibiotics", "border fence construction", "asylum centre plan",
    "orchestra strike", "aid convoy blocked", "peace talks venue",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution",
         "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}


def words(s):
    return re.findall(r"\S+", s)


def load_parts():
    cases, missing = [], []
    for i in range(1, N_PARTS + 1):
        path = os.path.join(PARTS_DIR, "p%d.py" % i)
        if not os.path.exists(path):
            missing.append(path)
            continue
        spec = importlib.util.spec_from_file_location("p141_%d" % i, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        cases.extend(mod.CASES)
    return cases, missing


def find_occ(hay, text, occ, where, problems):
    """Offset of the occ-th occurrence of text in hay (explicit occ needed if it repeats)."""
    starts = [m.start() for m in re.finditer(re.escape(text), hay)]
    if not starts:
        problems.append("%s: %r not found" % (where, text))
        return None
    if occ is None:
        if len(starts) > 1:
            problems.append("%s: %r occurs %d times; give occ" % (where, text, len(starts)))
            return None
        occ = 0
    if occ >= len(starts):
        problems.append("%s: %r has no occurrence %d" % (where, text, occ))
        return None
    return starts[occ]


def boundary_ok(s, i):
    """True if offset i does not fall inside a word."""
    if i <= 0 or i >= len(s):
        return True
    return not (s[i - 1].isalnum() and s[i].isalnum())


def build(case, idx, problems):
    cid = "s141-%03d" % idx
    where = cid
    for key in ("domain", "mode", "label", "reference", "candidate", "errors", "traps"):
        if key not in case:
            problems.append("%s: missing key %s" % (where, key))
            return None
    ref, cand = case["reference"], case["candidate"]
    if case["mode"] not in MODES:
        problems.append("%s: bad mode %r" % (where, case["mode"]))
    if case["domain"] not in DOMAINS:
        problems.append("%s: domain %r not in list" % (where, case["domain"]))
    for name, s in (("reference", ref), ("candidate", cand)):
        if s != s.strip() or "  " in s or "\n" in s:
            problems.append("%s: %s has stray whitespace" % (where, name))
        if '"' in s:
            problems.append("%s: %s has a double quote" % (where, name))
    nref = len(words(ref))
    if not 70 <= nref <= 190:
        problems.append("%s: reference has %d words (70-190)" % (where, nref))
    if case["mode"] == "summary" and len(words(cand)) >= nref:
        problems.append("%s: summary not shorter than reference" % where)

    spans = []  # (start, end, kind)
    errors = []
    for k, e in enumerate(case["errors"]):
        w = "%s error %d" % (where, k)
        et, sev = e.get("type"), e.get("sev")
        if et not in TYPES:
            problems.append("%s: bad type %r" % (w, et))
        if sev not in SEVERITIES:
            problems.append("%s: bad severity %r" % (w, sev))
        rtext = e.get("ref")
        if et == "omission":
            if case["mode"] == "summary":
                problems.append("%s: omission in a summary" % w)
            if "after" in e:
                p = find_occ(cand, e["after"], e.get("occ"), w, problems)
                point = None if p is None else p + len(e["after"])
            else:
                p = find_occ(cand, e["before"], e.get("occ"), w, problems)
                point = p
            if point is None:
                continue
            if not boundary_ok(cand, point):
                problems.append("%s: omission point inside a word" % w)
            if not rtext or rtext not in ref:
                problems.append("%s: omission ref_text %r not in reference" % (w, rtext))
            elif rtext.lower() in cand.lower():
                problems.append("%s: omitted words %r still in candidate" % (w, rtext))
            start = end = point
            text = ""
        else:
            text = e.get("text", "")
            if not text:
                problems.append("%s: empty text" % w)
                continue
            start = find_occ(cand, text, e.get("occ"), w, problems)
            if start is None:
                continue
            end = start + len(text)
            if not (boundary_ok(cand, start) and boundary_ok(cand, end)):
                problems.append("%s: span %r cuts a word" % (w, text))
            if text != text.strip():
                problems.append("%s: span %r has outer spaces" % (w, text))
            if et in ("addition", "repetition"):
                if rtext is not None:
                    problems.append("%s: %s must have ref_text None" % (w, et))
                if et == "repetition":
                    first = cand.find(text)
                    if first < 0 or first + len(text) > start:
                        problems.append("%s: repetition %r has no earlier copy" % (w, text))
            else:
                if not rtext or rtext not in ref:
                    problems.append("%s: ref_text %r not in reference" % (w, rtext))
                elif rtext == text:
                    problems.append("%s: span identical to ref_text" % w)
        spans.append((start, end, w))
        errors.append({"start": start, "end": end, "text": text, "type": et,
                       "severity": sev, "ref_text": rtext})

    traps = []
    for k, t in enumerate(case["traps"]):
        w = "%s trap %d" % (where, k)
        text, rtext = t[0], t[1]
        occ = t[2] if len(t) > 2 else None
        start = find_occ(cand, text, occ, w, problems)
        if start is None:
            continue
        end = start + len(text)
        if not (boundary_ok(cand, start) and boundary_ok(cand, end)):
            problems.append("%s: span %r cuts a word" % (w, text))
        if rtext not in ref:
            problems.append("%s: ref_text %r not in reference" % (w, rtext))
        if rtext == text:
            problems.append("%s: trap identical to reference wording" % w)
        spans.append((start, end, w))
        traps.append({"start": start, "end": end, "text": text, "ref_text": rtext})

    # no overlaps (a zero-width omission may touch but not fall strictly inside a span)
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a, b = spans[i], spans[j]
            if a[0] == a[1] or b[0] == b[1]:
                z, o = (a, b) if a[0] == a[1] else (b, a)
                if o[0] < z[0] < o[1] or (o[0] == o[1] and o[0] == z[0]):
                    problems.append("%s: %s inside %s" % (where, z[2], o[2]))
            elif a[0] < b[1] and b[0] < a[1]:
                problems.append("%s: %s overlaps %s" % (where, a[2], b[2]))

    label = "inconsistent" if case["errors"] else "consistent"
    if case["label"] != label:
        problems.append("%s: label %s but %d errors" % (where, case["label"], len(case["errors"])))
    if label == "consistent" and not 3 <= len(traps) <= 5:
        problems.append("%s: consistent pair needs 3-5 traps, has %d" % (where, len(traps)))
    if label == "inconsistent" and len(traps) > 3:
        problems.append("%s: inconsistent pair has %d traps (0-3)" % (where, len(traps)))

    errors.sort(key=lambda e: (e["start"], e["end"]))
    traps.sort(key=lambda t: (t["start"], t["end"]))
    return {"id": cid, "domain": case["domain"], "mode": case["mode"],
            "reference": ref, "candidate": cand, "label": label,
            "errors": errors, "traps": traps}


def composition(recs, problems):
    if len(recs) != 40:
        problems.append("set: %d pairs, want 40" % len(recs))
    doms = [r["domain"] for r in recs]
    if sorted(doms) != sorted(DOMAINS):
        problems.append("set: domains not exactly the list (dupes: %s, missing: %s)" % (
            [d for d, c in Counter(doms).items() if c > 1], sorted(set(DOMAINS) - set(doms))))
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    got = Counter((r["mode"], r["label"]) for r in recs)
    for k, v in want.items():
        if got[k] != v:
            problems.append("set: %s/%s = %d, want %d" % (k[0], k[1], got[k], v))
    errs = [e for r in recs for e in r["errors"]]
    if len(errs) != 30:
        problems.append("set: %d errors, want 30" % len(errs))
    tc = Counter(e["type"] for e in errs)
    for t in TYPES:
        if tc[t] < 2:
            problems.append("set: type %s has %d errors (>=2)" % (t, tc[t]))
    inc = [r for r in recs if r["label"] == "inconsistent"]
    small = sum(1 for r in inc if 1 <= len(r["errors"]) <= 2)
    if inc and small * 4 < len(inc) * 3:
        problems.append("set: only %d of %d inconsistent pairs have 1-2 errors" % (small, len(inc)))


def summary_line(recs):
    errs = [e for r in recs for e in r["errors"]]
    tc = Counter(e["type"] for e in errs)
    lab = Counter(r["label"] for r in recs)
    mode = Counter(r["mode"] for r in recs)
    ntraps = sum(len(r["traps"]) for r in recs)
    return ("set141: %d pairs (%d consistent, %d inconsistent; rewrite %d, summary %d, "
            "translation %d); %d errors (%s); %d traps" % (
                len(recs), lab["consistent"], lab["inconsistent"], mode["rewrite"],
                mode["summary"], mode["translation"], len(errs),
                ", ".join("%s %d" % (t, tc[t]) for t in TYPES), ntraps))


def main():
    check = "--check" in sys.argv
    partial = "--partial" in sys.argv
    cases, missing = load_parts()
    problems = []
    if missing and not partial:
        problems.append("missing parts: %s" % ", ".join(missing))
    recs = []
    for i, c in enumerate(cases, 1):
        r = build(c, i, problems)
        if r is not None:
            recs.append(r)
    if not partial:
        composition(recs, problems)
    if problems:
        print("INVALID (%d problems):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print(summary_line(recs))
    if check or partial:
        print("validated; nothing written")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)


if __name__ == "__main__":
    main()
