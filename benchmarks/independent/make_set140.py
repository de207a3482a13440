#!/usr/bin/env python3
"""Held-out evaluation set s140 for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every pair was hand-written by a helper session that saw no code, data or
benchmark of the project; it worked only from a written brief.  All people,
companies, organisations, places and figures are invented (real countries and
world regions appear only as background).  The texts are news / agency /
corporate / official register.  The cases are held as Python data in
parts140/p1.py .. p4.py; this script locates every span by string search
(an explicit occurrence index is given wherever a quoted text repeats in the
candidate), validates the whole set and writes set140.jsonl.  No offset is
typed by hand.

Composition (checked below)
---------------------------
* 40 pairs, each from a different domain: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite, 10 summary, 10 translation; half of each mode consistent.
  Translation pairs are two independent English translations of the same
  non-English story.  Summaries are shorter than their reference.
* 30 errors over the eleven types: entity 3, number 4, date 3, role 2,
  polarity 3, modality 3, attribution 2, event 3, omission 3, addition 2,
  repetition 2.  Ten inconsistent pairs carry one error, ten carry two.
  Omissions occur only in rewrite and translation pairs.
* Traps (faithful rewordings a naive checker might flag): 3-5 in every
  consistent pair, 0-3 in inconsistent pairs.
* References are 70-190 words.

Usage:  python3 make_set140.py           validate and write set140.jsonl
        python3 make_set140.py --check   validate only, write nothing
"""
import argparse
import importlib
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "set140.jsonl")
N = 140
PARTS = ["p1", "p2", "p3", "p4"]

DOMAINS = [
    "bin collection fortnightly switch", "sculpture theft", "camel racing robot jockey",
    "beach hut price record", "hillfort survey", "ice rink temporary", "marathon prize money",
    "moth survey record", "soup kitchen closure", "pier collapse repairs", "bear hunting quota",
    "tortoise export permit", "alpaca farm theft", "typhoon shelter capacity",
    "lobster price collapse", "tidal power barrage study", "stately home opening",
    "coffee cup levy", "lacrosse league relegation", "rabies case import", "pride march permit",
    "bonfire night safety", "pram safety recall", "skate park funding", "moorland burning ban",
    "foot and mouth drill", "university strike marking boycott", "ostrich farm closure",
    "kite festival cancelled", "roman villa discovery", "parrot smuggling ring",
    "theatre roof repair", "mural painted over", "cross-channel swim record",
    "hospital parking permit", "tuna quota cut", "cycling race doping ban",
    "board game cafe opening", "burial mound excavation", "falconry display",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution",
         "event", "omission", "addition", "repetition"]
EXPECTED_TYPES = {"entity": 3, "number": 4, "date": 3, "role": 2, "polarity": 3,
                  "modality": 3, "attribution": 2, "event": 3, "omission": 3,
                  "addition": 2, "repetition": 2}
MODES = ["rewrite", "summary", "translation"]
SEVERITIES = ["minor", "major", "critical"]


def count_occ(hay, needle):
    n, i = 0, hay.find(needle)
    while i >= 0:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def find_occ(hay, needle, occ):
    i, start = -1, 0
    for _ in range(occ + 1):
        i = hay.find(needle, start)
        if i < 0:
            return -1
        start = i + 1
    return i


def cuts_word(s, i):
    return 0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()


def occurs_whole(hay, needle):
    """needle occurs in hay at least once without cutting a word."""
    i = hay.find(needle)
    while i >= 0:
        if not cuts_word(hay, i) and not cuts_word(hay, i + len(needle)):
            return True
        i = hay.find(needle, i + 1)
    return False


def locate(cand, spec, key, problems, where):
    """Return the start of spec[key] in cand, honouring spec['occ']."""
    needle = spec[key]
    n = count_occ(cand, needle)
    if n == 0:
        problems.append(f"{where}: {key} {needle!r} not found in candidate")
        return None
    if n > 1 and "occ" not in spec:
        problems.append(f"{where}: {key} {needle!r} occurs {n} times; give occ")
        return None
    occ = spec.get("occ", 0)
    i = find_occ(cand, needle, occ)
    if i < 0:
        problems.append(f"{where}: {key} {needle!r} has no occurrence {occ}")
        return None
    return i


def build(cases, problems):
    records = []
    for k, c in enumerate(cases):
        where = f"case[{k}] {c.get('domain')!r}"
        ref, cand, mode = c["reference"], c["candidate"], c["mode"]
        if mode not in MODES:
            problems.append(f"{where}: bad mode {mode!r}")
        if c["domain"] not in DOMAINS:
            problems.append(f"{where}: domain not in list")
        for fld in ("reference", "candidate"):
            t = c[fld]
            if t != t.strip() or "  " in t or "\n" in t:
                problems.append(f"{where}: {fld} has stray whitespace")
        rw = len(ref.split())
        if not 70 <= rw <= 190:
            problems.append(f"{where}: reference has {rw} words")
        if mode == "summary" and not (len(cand.split()) < rw and len(cand) < len(ref)):
            problems.append(f"{where}: summary not shorter than reference")
        if cand == ref:
            problems.append(f"{where}: candidate equals reference")

        spans = []  # (start, end, label)
        errors = []
        for j, e in enumerate(c.get("errors", [])):
            w = f"{where} error[{j}]"
            t, sev = e["type"], e["severity"]
            if t not in TYPES:
                problems.append(f"{w}: bad type {t!r}")
            if sev not in SEVERITIES:
                problems.append(f"{w}: bad severity {sev!r}")
            rt = e.get("ref_text")
            if t == "omission":
                if mode == "summary":
                    problems.append(f"{w}: omission in a summary")
                if ("after" in e) == ("before" in e):
                    problems.append(f"{w}: omission needs exactly one of after/before")
                    continue
                key = "after" if "after" in e else "before"
                i = locate(cand, e, key, problems, w)
                if i is None:
                    continue
                p = i + len(e["after"]) if key == "after" else i
                if cuts_word(cand, p):
                    problems.append(f"{w}: omission point cuts a word")
                if not rt or not occurs_whole(ref, rt):
                    problems.append(f"{w}: omission ref_text {rt!r} not in reference")
                if rt and rt.lower() in cand.lower():
                    problems.append(f"{w}: omitted words {rt!r} present in candidate")
                s, end, text = p, p, ""
            else:
                if not e.get("text"):
                    problems.append(f"{w}: empty text")
                    continue
                i = locate(cand, e, "text", problems, w)
                if i is None:
                    continue
                s, end, text = i, i + len(e["text"]), e["text"]
                if t in ("addition", "repetition"):
                    if rt is not None:
                        problems.append(f"{w}: {t} must have ref_text null")
                    if t == "repetition" and cand.find(text) >= s:
                        problems.append(f"{w}: repetition has no earlier copy")
                    if t == "repetition" and cand.find(text) + len(text) > s:
                        problems.append(f"{w}: repetition overlaps its earlier copy")
                    if t == "addition" and text in ref:
                        problems.append(f"{w}: addition text occurs in reference")
                else:
                    if not rt or not occurs_whole(ref, rt):
                        problems.append(f"{w}: ref_text {rt!r} not in reference")
                    if rt == text:
                        problems.append(f"{w}: text equals ref_text")
            if text != text.strip():
                problems.append(f"{w}: span has outer whitespace")
            if cuts_word(cand, s) or cuts_word(cand, end):
                problems.append(f"{w}: span cuts a word")
            spans.append((s, end, w))
            errors.append({"start": s, "end": end, "text": text, "type": t,
                           "severity": sev, "ref_text": rt})

        traps = []
        for j, tr in enumerate(c.get("traps", [])):
            w = f"{where} trap[{j}]"
            i = locate(cand, tr, "text", problems, w)
            if i is None:
                continue
            s, end = i, i + len(tr["text"])
            if tr["text"] != tr["text"].strip() or cuts_word(cand, s) or cuts_word(cand, end):
                problems.append(f"{w}: span cuts a word or has outer whitespace")
            if not occurs_whole(ref, tr["ref_text"]):
                problems.append(f"{w}: ref_text {tr['ref_text']!r} not in reference")
            if tr["text"] == tr["ref_text"] or tr["text"] in ref:
                problems.append(f"{w}: trap text is not reworded")
            spans.append((s, end, w))
            traps.append({"start": s, "end": end, "text": tr["text"],
                          "ref_text": tr["ref_text"]})

        # no overlaps (an empty omission point may not fall strictly inside a span)
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                s1, e1, w1 = spans[a]
                s2, e2, w2 = spans[b]
                if s1 == e1 or s2 == e2:
                    p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                    bad = s < p < e or (s1 == e1 and s2 == e2 and s1 == s2)
                else:
                    bad = s1 < e2 and s2 < e1
                if bad:
                    problems.append(f"{w1} overlaps {w2}")

        label = "inconsistent" if errors else "consistent"
        nt = len(traps)
        if label == "consistent" and not 3 <= nt <= 5:
            problems.append(f"{where}: consistent pair has {nt} traps")
        if label == "inconsistent" and not 0 <= nt <= 3:
            problems.append(f"{where}: inconsistent pair has {nt} traps")
        records.append({
            "domain": c["domain"], "mode": mode, "reference": ref, "candidate": cand,
            "label": label,
            "errors": sorted(errors, key=lambda x: (x["start"], x["end"])),
            "traps": sorted(traps, key=lambda x: (x["start"], x["end"])),
        })
    return records


def composition(records, problems, complete):
    n = len(records)
    labels = Counter(r["label"] for r in records)
    modes = Counter(r["mode"] for r in records)
    by_mode_label = Counter((r["mode"], r["label"]) for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    ntraps = sum(len(r["traps"]) for r in records)
    doms = Counter(r["domain"] for r in records)
    for d, k in doms.items():
        if k > 1:
            problems.append(f"domain {d!r} used {k} times")
    if complete:
        if n != 40:
            problems.append(f"{n} pairs, expected 40")
        if labels != Counter({"consistent": 20, "inconsistent": 20}):
            problems.append(f"labels {dict(labels)}")
        if modes != Counter({"rewrite": 20, "summary": 10, "translation": 10}):
            problems.append(f"modes {dict(modes)}")
        for m in MODES:
            if by_mode_label[(m, "consistent")] != by_mode_label[(m, "inconsistent")]:
                problems.append(f"mode {m} not half consistent")
        if sum(types.values()) != 30:
            problems.append(f"{sum(types.values())} errors, expected 30")
        for t in TYPES:
            if types[t] < 2:
                problems.append(f"type {t} has {types[t]} errors (<2)")
            if types[t] != EXPECTED_TYPES[t]:
                problems.append(f"type {t}: {types[t]} errors, docstring says {EXPECTED_TYPES[t]}")
        if set(doms) != set(DOMAINS):
            problems.append("not every listed domain used")
        if per_pair != Counter({1: 10, 2: 10}):
            problems.append(f"errors per inconsistent pair {dict(per_pair)}")
    line = (f"s{N}: {n} pairs ({labels['consistent']} consistent / {labels['inconsistent']} inconsistent; "
            f"rewrite {modes['rewrite']}, summary {modes['summary']}, translation {modes['translation']}); "
            f"{sum(types.values())} errors: " + ", ".join(f"{t} {types[t]}" for t in TYPES) +
            f"; severity: " + ", ".join(f"{s} {sev[s]}" for s in SEVERITIES) +
            f"; errors per inconsistent pair: " + ", ".join(f"{k}x{v}" for k, v in sorted(per_pair.items())) +
            f"; {ntraps} traps")
    return line


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="validate only, write nothing")
    args = ap.parse_args()
    cases, missing = [], []
    for p in PARTS:
        try:
            mod = importlib.import_module(f"parts140.{p}")
        except ModuleNotFoundError as exc:
            if exc.name != f"parts140.{p}":
                raise
            missing.append(p)
            continue
        cases.extend(mod.CASES)
    problems = []
    records = build(cases, problems)
    complete = not missing
    line = composition(records, problems, complete)
    if missing:
        print(f"note: parts not yet written: {', '.join(missing)} (composition checks skipped)")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    # deterministic shuffle so that ids do not group by mode or label
    order = list(range(len(records)))
    random.Random(N).shuffle(order)
    out = []
    for k, idx in enumerate(order, 1):
        r = records[idx]
        out.append({"id": f"s{N}-{k:03d}", **r})
    if args.check:
        print("OK (check only)  " + line)
        return
    if not complete:
        print("refusing to write: set incomplete")
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")
    print(line)


if __name__ == "__main__":
    main()
