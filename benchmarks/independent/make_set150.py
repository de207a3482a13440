#!/usr/bin/env python3
"""Build the held-out evaluation set set150.jsonl (N = 150) for a fact-comparison tool.

How the set was made
--------------------
Every pair was hand-written, as Python data, by a helper session that saw no code or data of
the project and no existing benchmark; it worked only from a written brief. All people,
companies, organisations, places and figures are invented (real countries or currencies appear,
if at all, only as background). The cases live in parts150/p1.py .. p4.py (ten pairs each);
this script finds every character offset itself by string search (an occurrence index is given
where a quoted text repeats), validates everything and writes set150.jsonl next to itself.
`python3 make_set150.py --check` validates only and writes nothing.

Composition
-----------
40 pairs, each from a different news/agency/corporate/official domain; references 101-126 words.
  rewrite      20 (10 consistent, 10 inconsistent)
  summary      10 ( 5 consistent,  5 inconsistent)
  translation  10 ( 5 consistent,  5 inconsistent)  -- two independent English translations
30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with two):
  entity 3, number 4, date 3, role 3, polarity 3, modality 3, attribution 2, event 3,
  omission 2 (rewrite/translation only), addition 2, repetition 2;
  severity: minor 8, major 19, critical 3.
137 traps (faithful rewordings a naive checker might flag): 90 in consistent pairs (3-5 each),
47 in inconsistent pairs (1-3 each).

Record format: id, domain, mode, reference, candidate, label, errors[], traps[]; offsets are
Python str offsets into candidate, [start, end). Omissions are zero-width with the missing
words in ref_text; additions and repetitions have ref_text null.
"""
import argparse
import collections
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts150 import p1, p2, p3, p4  # noqa: E402

OUT = os.path.join(HERE, "set150.jsonl")
PREFIX = "s150"

DOMAINS = [
    "airline route launch", "credit union launch", "vaccine clinic hours",
    "geothermal drilling project", "ancient coin hoard", "voter registration drive",
    "diesel ban zone", "judge appointment", "cat cafe licence",
    "heatwave water restrictions", "traffic light failure", "hailstorm crop damage",
    "cruise ship port fee", "playground equipment recall", "flight attendant pay deal",
    "fraud investigation", "navy ship decommissioning", "laboratory fire",
    "livestock auction", "army recruitment target", "nurse recruitment campaign",
    "aquarium shark arrival", "theme park ride closure", "tram depot expansion",
    "park bench dedication", "urban forest survey", "coffee roastery expansion",
    "house price index", "coral reef bleaching study", "hiking trail upgrade",
    "e-scooter rental scheme", "underwater cable repair", "ski resort season start",
    "pet microchip law", "parking meter removal", "poultry flu outbreak",
    "medicine price cap", "phone scam warning", "bicycle theft rise", "village fete",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}
LABELS = {"consistent", "inconsistent"}
WORD = re.compile(r"\S+")


class Bad(Exception):
    pass


def locate(hay, needle, occ, what):
    """Start offset of occurrence `occ` of needle; occ None => must be unique."""
    if not needle:
        raise Bad(f"{what}: empty search text")
    starts, i = [], hay.find(needle)
    while i != -1:
        starts.append(i)
        i = hay.find(needle, i + 1)
    if not starts:
        raise Bad(f"{what}: {needle!r} not found")
    if occ is None:
        if len(starts) != 1:
            raise Bad(f"{what}: {needle!r} occurs {len(starts)} times; give occ")
        return starts[0]
    if occ >= len(starts):
        raise Bad(f"{what}: {needle!r} has no occurrence {occ}")
    return starts[occ]


def cuts_word(s, pos):
    return 0 < pos < len(s) and s[pos - 1].isalnum() and s[pos].isalnum()


def nwords(s):
    return len(WORD.findall(s))


def build(idx, c):
    cid = f"{PREFIX}-{idx:03d}"
    ref, cand = c["reference"], c["candidate"]
    errors, traps = [], []
    for e in c["errors"]:
        if e["kind"] == "omit":
            pos = locate(cand, e["after"], e["occ"], f"{cid} omission anchor")
            pos += len(e["after"])
            errors.append({"start": pos, "end": pos, "text": "", "type": "omission",
                           "severity": e["severity"], "ref_text": e["ref_text"]})
        else:
            s = locate(cand, e["text"], e["occ"], f"{cid} error")
            errors.append({"start": s, "end": s + len(e["text"]), "text": e["text"],
                           "type": e["type"], "severity": e["severity"],
                           "ref_text": e["ref_text"]})
    for t in c["traps"]:
        s = locate(cand, t["text"], t["occ"], f"{cid} trap")
        traps.append({"start": s, "end": s + len(t["text"]), "text": t["text"],
                      "ref_text": t["ref_text"]})
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": cid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
            "candidate": cand, "label": c["label"], "errors": errors, "traps": traps}


def check_record(r):
    cid, ref, cand, mode = r["id"], r["reference"], r["candidate"], r["mode"]
    p = []
    if r["domain"] not in DOMAINS:
        p.append("unknown domain")
    if mode not in MODES:
        p.append("bad mode")
    if r["label"] not in LABELS:
        p.append("bad label")
    if ref == cand:
        p.append("candidate identical to reference")
    for name, s in (("reference", ref), ("candidate", cand)):
        if s != s.strip() or "  " in s:
            p.append(f"{name} whitespace")
    if not 70 <= nwords(ref) <= 190:
        p.append(f"reference has {nwords(ref)} words")
    if mode == "summary" and not (len(cand) < len(ref) and nwords(cand) < nwords(ref)):
        p.append("summary not shorter than reference")
    errs, traps = r["errors"], r["traps"]
    if (r["label"] == "consistent") != (not errs):
        p.append("label does not match errors")
    if r["label"] == "consistent" and not 3 <= len(traps) <= 5:
        p.append(f"consistent pair with {len(traps)} traps")
    if r["label"] == "inconsistent" and not 0 <= len(traps) <= 3:
        p.append(f"inconsistent pair with {len(traps)} traps")
    spans = []
    for e in errs:
        s, t, txt, typ = e["start"], e["end"], e["text"], e["type"]
        if typ not in TYPES:
            p.append(f"bad type {typ}")
        if e["severity"] not in SEVERITIES:
            p.append("bad severity")
        if cand[s:t] != txt:
            p.append(f"offsets do not match {txt!r}")
        if cuts_word(cand, s) or cuts_word(cand, t):
            p.append(f"span cuts a word: {txt!r}")
        rt = e["ref_text"]
        if typ in ("addition", "repetition"):
            if rt is not None:
                p.append(f"{typ} must have ref_text null")
        else:
            if not rt or rt not in ref:
                p.append(f"ref_text not in reference: {rt!r}")
            if rt == txt:
                p.append(f"error text equals ref_text: {txt!r}")
        if typ == "omission":
            if s != t or txt != "":
                p.append("omission must be zero-width")
            if mode == "summary":
                p.append("omission in summary")
            if rt and rt.lower() in cand.lower():
                p.append(f"omitted words present in candidate: {rt!r}")
        else:
            if s >= t or txt != txt.strip():
                p.append(f"bad span {txt!r}")
        if typ == "repetition" and txt not in cand[:s]:
            p.append(f"repetition has no earlier copy: {txt!r}")
        spans.append((s, t, txt))
    for tr in traps:
        s, t, txt = tr["start"], tr["end"], tr["text"]
        if cand[s:t] != txt or s >= t or txt != txt.strip():
            p.append(f"bad trap span {txt!r}")
        if cuts_word(cand, s) or cuts_word(cand, t):
            p.append(f"trap cuts a word: {txt!r}")
        if not tr["ref_text"] or tr["ref_text"] not in ref:
            p.append(f"trap ref_text not in reference: {tr['ref_text']!r}")
        if tr["ref_text"] == txt:
            p.append(f"trap identical to reference wording: {txt!r}")
        spans.append((s, t, txt))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        (s1, t1, x1), (s2, t2, x2) = a, b
        if s1 == t1 or s2 == t2:  # zero-width point may not fall inside a span
            pt, (s, t) = (s1, (s2, t2)) if s1 == t1 else (s2, (s1, t1))
            if s < pt < t or (s1 == t1 and s2 == t2 and s1 == s2):
                p.append(f"omission point inside span {x1!r}/{x2!r}")
        elif s2 < t1:
            p.append(f"overlap {x1!r} / {x2!r}")
    return [f"{cid}: {m}" for m in p]


def check_set(recs):
    p = []
    if len(recs) != 40:
        p.append(f"{len(recs)} pairs, want 40")
    doms = [r["domain"] for r in recs]
    if sorted(doms) != sorted(DOMAINS):
        p.append("domains are not the 40 listed, each once")
    labels = collections.Counter(r["label"] for r in recs)
    if labels != {"consistent": 20, "inconsistent": 20}:
        p.append(f"labels {dict(labels)}")
    want = {"rewrite": 20, "summary": 10, "translation": 10}
    for m, n in want.items():
        ms = [r for r in recs if r["mode"] == m]
        nc = sum(r["label"] == "consistent" for r in ms)
        if len(ms) != n or nc != n // 2:
            p.append(f"mode {m}: {len(ms)} pairs, {nc} consistent")
    types = collections.Counter(e["type"] for r in recs for e in r["errors"])
    if sum(types.values()) != 30:
        p.append(f"{sum(types.values())} errors, want 30")
    for t in TYPES:
        if types[t] < 2:
            p.append(f"type {t}: {types[t]} errors")
    per = collections.Counter(len(r["errors"]) for r in recs if r["label"] == "inconsistent")
    if sum(v for k, v in per.items() if k in (1, 2)) < 15:
        p.append(f"errors per inconsistent pair {dict(per)}")
    return p


def summary(recs):
    out = []
    c = collections.Counter((r["mode"], r["label"]) for r in recs)
    for m in ("rewrite", "summary", "translation"):
        out.append(f"{m}: {c[(m, 'consistent')]} consistent, {c[(m, 'inconsistent')]} inconsistent")
    types = collections.Counter(e["type"] for r in recs for e in r["errors"])
    out.append("errors: " + ", ".join(f"{t} {types[t]}" for t in TYPES)
               + f" (total {sum(types.values())})")
    sev = collections.Counter(e["severity"] for r in recs for e in r["errors"])
    out.append("severity: " + ", ".join(f"{k} {sev[k]}" for k in ("minor", "major", "critical")))
    tc = sum(len(r["traps"]) for r in recs if r["label"] == "consistent")
    ti = sum(len(r["traps"]) for r in recs if r["label"] == "inconsistent")
    out.append(f"traps: {tc + ti} ({tc} in consistent pairs, {ti} in inconsistent pairs)")
    wc = [nwords(r["reference"]) for r in recs]
    out.append(f"reference words: {min(wc)}-{max(wc)}")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate only, write nothing")
    args = ap.parse_args()
    cases = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    problems, recs = [], []
    for i, c in enumerate(cases, 1):
        try:
            r = build(i, c)
        except Bad as ex:
            problems.append(str(ex))
            continue
        problems += check_record(r)
        recs.append(r)
    if not problems:
        problems += check_set(recs)
    if problems:
        print("INVALID:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    print(summary(recs))
    if args.check:
        print("OK (check only, nothing written)")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} pairs to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
