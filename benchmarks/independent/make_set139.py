#!/usr/bin/env python3
"""Build held-out evaluation set 139 for the fact-comparison tool.

How it was made
---------------
Every pair was hand-written by a helper session that saw no code, data or
benchmark of the project; it worked only from a written brief. All people,
companies, organisations, places and figures are invented (real countries
appear only as background). References are in news / agency / corporate /
official register. Character offsets are never typed by hand: each span is
given by its text (plus an occurrence index where that text repeats) and
located in the candidate by this script, which then validates everything.

Composition
-----------
40 pairs, each from a different domain of the brief's list:
  * 20 consistent, 20 inconsistent;
  * 20 rewrites (10 consistent / 10 inconsistent),
    10 summaries (5 / 5), 10 translations (5 / 5);
    in translation pairs both texts are independent English renderings of
    the same (notionally non-English) story.
30 errors, all in inconsistent pairs (each has 1 or 2):
  entity 4, number 3, date 3, role 3, polarity 3, modality 3,
  attribution 2, event 3, omission 2, addition 2, repetition 2.
  Omissions occur only in rewrite and translation pairs.
  Severity: minor 8, major 21, critical 1; 10 inconsistent pairs carry one
  error, 10 carry two.
136 traps (faithful rewordings a naive checker might flag): 92 in consistent
pairs (3-5 each), 44 in inconsistent pairs (1-3 each).

Usage
-----
  python3 make_set139.py          validate and write set139.jsonl
  python3 make_set139.py --check  validate only, write nothing
"""

import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts139 import p1, p2, p3, p4  # noqa: E402

N = 139
OUT = os.path.join(HERE, "set139.jsonl")

DOMAINS = [
    "rent cap extension", "frog crossing tunnel", "folk festival funding",
    "council tax rise vote", "stork nesting return", "magic show permit",
    "comet sighting", "newt licence delay", "chaplaincy funding cut",
    "bobsleigh track closure", "asparagus season start",
    "oak processionary moth", "animal shelter overcrowding",
    "visa processing backlog", "chess grandmaster title",
    "fossil find quarry", "town hall clock chime complaint",
    "water vole release", "interfaith centre opening",
    "promenade resurfacing", "e-bike battery fire", "biogas plant objection",
    "sinkhole road closure", "outdoor cinema season", "abbey roof appeal",
    "regional airline collapse", "apple picker shortage",
    "solar eclipse viewing", "poetry competition winner",
    "cable car project cancelled", "bovine tb testing", "snooker table maker",
    "watermill grinding again", "incinerator permit appeal",
    "otter return river", "food waste collection", "parking charge u-turn",
    "pet shop licence", "museum strike", "tea estate wage deal",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}


class SetError(Exception):
    pass


def find_all(hay, needle):
    hits, i = [], hay.find(needle)
    while i != -1:
        hits.append(i)
        i = hay.find(needle, i + 1)
    return hits


def locate(hay, needle, occ, where):
    hits = find_all(hay, needle)
    if not hits:
        raise SetError(f"{where}: text not found: {needle!r}")
    if occ is None:
        if len(hits) > 1:
            raise SetError(f"{where}: {needle!r} occurs {len(hits)} times; "
                           f"give an occurrence index")
        occ = 0
    if occ >= len(hits):
        raise SetError(f"{where}: occurrence {occ} of {needle!r} missing")
    return hits[occ]


def is_w(c):
    return c.isalnum()


def boundary_ok(s, pos):
    """True if position pos does not fall inside a word of s."""
    if pos <= 0 or pos >= len(s):
        return True
    return not (is_w(s[pos - 1]) and is_w(s[pos]))


def words(s):
    return len(s.split())


def build_record(idx, c):
    rid = f"s{N}-{idx:03d}"
    ref, cand = c["reference"], c["candidate"]
    w = rid + " (" + c["domain"] + ")"
    if c["mode"] not in MODES:
        raise SetError(f"{w}: bad mode {c['mode']}")
    if c["label"] not in ("consistent", "inconsistent"):
        raise SetError(f"{w}: bad label")
    nw = words(ref)
    if not 70 <= nw <= 190:
        raise SetError(f"{w}: reference has {nw} words (need 70-190)")
    if c["mode"] == "summary" and not (len(cand) < len(ref)
                                       and words(cand) < nw):
        raise SetError(f"{w}: summary is not shorter than its reference")
    if cand == ref:
        raise SetError(f"{w}: candidate identical to reference")

    errors = []
    for e in c["errors"]:
        t = e["type"]
        if t not in ERROR_TYPES:
            raise SetError(f"{w}: bad error type {t}")
        if e["severity"] not in SEVERITIES:
            raise SetError(f"{w}: bad severity {e['severity']}")
        if t == "omission":
            if c["mode"] == "summary":
                raise SetError(f"{w}: omission in a summary pair")
            if e.get("after") is not None:
                pos = locate(cand, e["after"], e["occ"], w) + len(e["after"])
            elif e.get("before") is not None:
                pos = locate(cand, e["before"], e["occ"], w)
            else:
                raise SetError(f"{w}: omission without anchor")
            if not e["ref_text"]:
                raise SetError(f"{w}: omission without ref_text")
            if e["ref_text"].lower() in cand.lower():
                raise SetError(f"{w}: omitted words present in candidate: "
                               f"{e['ref_text']!r}")
            start = end = pos
            text = ""
        else:
            text = e["text"]
            if not text or text != text.strip():
                raise SetError(f"{w}: empty or padded span {text!r}")
            start = locate(cand, text, e["occ"], w)
            end = start + len(text)
        if t in ("addition", "repetition"):
            if e["ref_text"] is not None:
                raise SetError(f"{w}: {t} must have ref_text null")
        elif e["ref_text"] is None:
            raise SetError(f"{w}: {t} needs ref_text")
        if e["ref_text"] is not None:
            if e["ref_text"] not in ref:
                raise SetError(f"{w}: ref_text not in reference: "
                               f"{e['ref_text']!r}")
            if t != "omission" and e["ref_text"] == text:
                raise SetError(f"{w}: error text equals its ref_text")
        if t == "repetition":
            first = cand.find(text)
            if first == -1 or first + len(text) > start:
                raise SetError(f"{w}: repetition has no earlier copy")
        errors.append({"start": start, "end": end, "text": text, "type": t,
                       "severity": e["severity"], "ref_text": e["ref_text"]})

    traps = []
    for tr in c["traps"]:
        text = tr["text"]
        if not text or text != text.strip():
            raise SetError(f"{w}: empty or padded trap {text!r}")
        start = locate(cand, text, tr["occ"], w)
        end = start + len(text)
        if tr["ref_text"] not in ref:
            raise SetError(f"{w}: trap ref_text not in reference: "
                           f"{tr['ref_text']!r}")
        if text.lower() in ref.lower() or text == tr["ref_text"]:
            raise SetError(f"{w}: trap text is not a rewording: {text!r}")
        traps.append({"start": start, "end": end, "text": text,
                      "ref_text": tr["ref_text"]})

    # spans: inside candidate, no cut words, no overlaps
    spans = [(s["start"], s["end"], s["text"]) for s in errors + traps]
    for s, e_, text in spans:
        if cand[s:e_] != text:
            raise SetError(f"{w}: offset mismatch for {text!r}")
        if not (boundary_ok(cand, s) and boundary_ok(cand, e_)):
            raise SetError(f"{w}: span cuts a word: {text!r}")
    for i, (s1, e1, t1) in enumerate(spans):
        for s2, e2, t2 in spans[i + 1:]:
            if s1 == e1 or s2 == e2:  # zero-width omission point
                p, (a, b) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                if a < p < b:
                    raise SetError(f"{w}: omission point inside {t1!r}/{t2!r}")
            elif s1 < e2 and s2 < e1:
                raise SetError(f"{w}: overlapping spans {t1!r} / {t2!r}")

    nerr, ntrap = len(errors), len(traps)
    if c["label"] == "consistent":
        if nerr:
            raise SetError(f"{w}: consistent pair with errors")
        if not 3 <= ntrap <= 5:
            raise SetError(f"{w}: consistent pair needs 3-5 traps, has {ntrap}")
    else:
        if not 1 <= nerr <= 3:
            raise SetError(f"{w}: inconsistent pair has {nerr} errors")
        if ntrap > 3:
            raise SetError(f"{w}: inconsistent pair has {ntrap} traps")

    return {"id": rid, "domain": c["domain"], "mode": c["mode"],
            "reference": ref, "candidate": cand, "label": c["label"],
            "errors": sorted(errors, key=lambda x: x["start"]),
            "traps": sorted(traps, key=lambda x: x["start"])}


def build():
    cases = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    random.Random(N).shuffle(cases)  # fixed order, modes interleaved
    return [build_record(i + 1, c) for i, c in enumerate(cases)]


def check_composition(recs, partial):
    doms = [r["domain"] for r in recs]
    dup = [d for d, k in Counter(doms).items() if k > 1]
    if dup:
        raise SetError(f"duplicate domains: {dup}")
    bad = [d for d in doms if d not in DOMAINS]
    if bad:
        raise SetError(f"domains not in list: {bad}")
    if partial:
        return
    if len(recs) != 40:
        raise SetError(f"need 40 pairs, have {len(recs)}")
    labels = Counter(r["label"] for r in recs)
    if labels["consistent"] != 20 or labels["inconsistent"] != 20:
        raise SetError(f"label split wrong: {dict(labels)}")
    want = {"rewrite": 20, "summary": 10, "translation": 10}
    for m, k in want.items():
        ms = [r for r in recs if r["mode"] == m]
        if len(ms) != k:
            raise SetError(f"mode {m}: {len(ms)} pairs, want {k}")
        cons = sum(r["label"] == "consistent" for r in ms)
        if cons != k // 2:
            raise SetError(f"mode {m}: {cons} consistent, want {k // 2}")
    types = Counter(e["type"] for r in recs for e in r["errors"])
    if sum(types.values()) != 30:
        raise SetError(f"need 30 errors, have {sum(types.values())}")
    low = [t for t in ERROR_TYPES if types[t] < 2]
    if low:
        raise SetError(f"error types with fewer than 2 instances: {low}")


def summary_line(recs):
    types = Counter(e["type"] for r in recs for e in r["errors"])
    modes = Counter(r["mode"] for r in recs)
    labels = Counter(r["label"] for r in recs)
    sev = Counter(e["severity"] for r in recs for e in r["errors"])
    ntr = sum(len(r["traps"]) for r in recs)
    ntr_c = sum(len(r["traps"]) for r in recs if r["label"] == "consistent")
    per = Counter(len(r["errors"]) for r in recs if r["label"] == "inconsistent")
    return (f"set{N}: {len(recs)} pairs ({labels['consistent']} consistent, "
            f"{labels['inconsistent']} inconsistent; rewrite {modes['rewrite']}, "
            f"summary {modes['summary']}, translation {modes['translation']}); "
            f"{sum(types.values())} errors ("
            + ", ".join(f"{t} {types[t]}" for t in ERROR_TYPES)
            + f"; severity " + ", ".join(f"{s} {sev[s]}" for s in
                                        ("minor", "major", "critical"))
            + f"; errors per inconsistent pair "
            + ", ".join(f"{k}:{per[k]}" for k in sorted(per))
            + f"); {ntr} traps ({ntr_c} in consistent pairs, "
            f"{ntr - ntr_c} in inconsistent pairs)")


def main():
    check_only = "--check" in sys.argv[1:]
    partial = "--partial" in sys.argv[1:]
    recs = build()
    check_composition(recs, partial)
    line = summary_line(recs)
    if not check_only:
        with open(OUT, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        line += f"; written to {OUT}"
    print(line)


if __name__ == "__main__":
    try:
        main()
    except SetError as exc:
        print("VALIDATION FAILED:", exc, file=sys.stderr)
        sys.exit(1)
