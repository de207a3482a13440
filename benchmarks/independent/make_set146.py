#!/usr/bin/env python3
"""Build the held-out evaluation set set146.jsonl (N = 146).

How the set was made
--------------------
Every pair was hand-written by a helper that saw no code or data of the project
(nor any existing benchmark), working only from a written brief. All people,
companies, organisations, places and figures are invented; real countries
appear only as background. The cases live as Python data in parts146/p1.py ..
p4.py (ten pairs each); this script computes every character offset itself by
string search (an occurrence index is given where a quoted text repeats),
validates everything and writes set146.jsonl next to this file.
`python3 make_set146.py --check` validates only and writes nothing.

Composition
-----------
40 pairs, each from a different domain: 20 consistent, 20 inconsistent.
  rewrite      20 (10 consistent, 10 inconsistent)   parts146/p1.py, p2.py
  summary      10 ( 5 consistent,  5 inconsistent)   parts146/p3.py
  translation  10 ( 5 consistent,  5 inconsistent)   parts146/p4.py
30 errors: number 4; entity, date, role, polarity, modality, event 3 each;
attribution, omission, addition, repetition 2 each. Ten inconsistent pairs
carry one error and ten carry two. Omissions occur only in rewrite and
translation pairs. 137 traps (faithful rewordings): 92 on the 20 consistent
pairs (3-5 each), 45 on the inconsistent pairs (1-3 each).
References are 70-190 words in news/agency/corporate/official register;
translation pairs are two independent English renderings of one imagined
non-English story.

Offsets are Python str offsets into `candidate`, [start, end). Omissions are
zero-width spans at the point where the missing words belong.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts146 import p1, p2, p3, p4  # noqa: E402

N = 146
OUT = os.path.join(HERE, "set146.jsonl")

DOMAINS = [
    "volcano ash advisory", "marine reserve patrols", "night bus pilot",
    "fish market relocation", "textbook price rise", "smart motorway safety",
    "tattoo parlour licensing", "lemur birth at zoo", "greenhouse gas inventory",
    "apprentice plumber shortage", "migrant seasonal pickers",
    "sound mirror restoration", "trawler sinking inquiry", "bridge toll increase",
    "bilingual road signs", "potato blight outbreak", "ferry port queues",
    "hospital night shifts", "tidal flood barrier", "stargazing dark sky status",
    "wildfire smoke alerts", "fire brigade pay", "vineyard planting",
    "harvest festival", "microbrewery taproom", "sand martin nesting",
    "bat survey planning delay", "bagpipe making", "church roof lead theft",
    "prize bond draw", "wool prices", "passport office backlog",
    "salmon farm escape", "weir removal", "church organ tuning",
    "goat grazing trial", "cheese export tariffs", "kart track noise",
    "hearing aid provision", "peatland rewetting",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition"]
MODES = ["rewrite", "summary", "translation"]
SEVERITIES = ["minor", "major", "critical"]


class Invalid(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Invalid(msg)


def find_occ(haystack, needle, occ, where):
    """Start offset of the occ-th (0-based) occurrence of needle."""
    check(needle, f"{where}: empty search text")
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        check(pos >= 0, f"{where}: {needle!r} occurrence {occ} not found")
    return pos


def words(text):
    return len(re.findall(r"\S+", text))


def cuts_word(text, pos):
    """True if offset pos falls strictly inside a word."""
    return 0 < pos < len(text) and text[pos - 1].isalnum() and text[pos].isalnum()


def overlaps(a, b):
    (s1, e1), (s2, e2) = a, b
    if s1 == e1:
        return s2 < s1 < e2
    if s2 == e2:
        return s1 < s2 < e1
    return max(s1, s2) < min(e1, e2)


def build():
    raw = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    records = []
    for i, c in enumerate(raw, 1):
        rid = f"s{N}-{i:03d}"
        ref, cand, mode = c["reference"], c["candidate"], c["mode"]
        check(mode in MODES, f"{rid}: bad mode {mode}")
        check(c["domain"] in DOMAINS, f"{rid}: domain not in list: {c['domain']}")
        nref = words(ref)
        check(70 <= nref <= 190, f"{rid}: reference has {nref} words")
        if mode == "summary":
            check(words(cand) < nref and len(cand) < len(ref),
                  f"{rid}: summary not shorter than reference")
        check(ref != cand, f"{rid}: candidate equals reference")

        spans = []
        errors = []
        for e in c["errors"]:
            where = f"{rid} error {e.get('text', e.get('anchor'))!r}"
            check(e["type"] in TYPES, f"{where}: bad type")
            check(e["severity"] in SEVERITIES, f"{where}: bad severity")
            if e["kind"] == "omission":
                check(mode in ("rewrite", "translation"),
                      f"{where}: omission in {mode} pair")
                check(e["ref_text"] and e["ref_text"] in ref,
                      f"{where}: omitted text not in reference")
                check(e["ref_text"].lower() not in cand.lower(),
                      f"{where}: omitted text present in candidate")
                a = find_occ(cand, e["anchor"], e["occ"], where)
                pos = a + len(e["anchor"]) if e["side"] == "after" else a
                check(not cuts_word(cand, pos), f"{where}: omission point cuts a word")
                start = end = pos
                text = ""
            else:
                text = e["text"]
                start = find_occ(cand, text, e["occ"], where)
                end = start + len(text)
                check(text == text.strip(), f"{where}: span has outer spaces")
                check(not cuts_word(cand, start) and not cuts_word(cand, end),
                      f"{where}: span cuts a word")
                if e["type"] in ("addition", "repetition"):
                    check(e["ref_text"] is None, f"{where}: ref_text must be null")
                else:
                    check(e["ref_text"] and e["ref_text"] in ref,
                          f"{where}: ref_text not in reference")
                    check(e["ref_text"] != text, f"{where}: span equals ref_text")
                if e["type"] == "repetition":
                    first = cand.find(text)
                    check(first >= 0 and first + len(text) <= start,
                          f"{where}: no earlier copy of repeated text")
                if e["type"] == "addition":
                    check(text not in ref, f"{where}: added text is in reference")
            check(cand[start:end] == text, f"{where}: offset mismatch")
            for s in spans:
                check(not overlaps(s, (start, end)), f"{where}: overlapping spans")
            spans.append((start, end))
            errors.append({"start": start, "end": end, "text": text,
                           "type": e["type"], "severity": e["severity"],
                           "ref_text": e["ref_text"]})

        traps = []
        for t in c["traps"]:
            where = f"{rid} trap {t['text']!r}"
            text = t["text"]
            start = find_occ(cand, text, t["occ"], where)
            end = start + len(text)
            check(not cuts_word(cand, start) and not cuts_word(cand, end),
                  f"{where}: span cuts a word")
            check(t["ref_text"] in ref, f"{where}: ref_text not in reference")
            check(text != t["ref_text"], f"{where}: trap equals ref_text")
            check(text not in ref, f"{where}: trap text occurs verbatim in reference")
            for s in spans:
                check(not overlaps(s, (start, end)), f"{where}: overlapping spans")
            spans.append((start, end))
            traps.append({"start": start, "end": end, "text": text,
                          "ref_text": t["ref_text"]})

        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        label = "inconsistent" if errors else "consistent"
        if label == "consistent":
            check(3 <= len(traps) <= 5, f"{rid}: consistent pair has {len(traps)} traps")
        else:
            check(len(traps) <= 3, f"{rid}: inconsistent pair has {len(traps)} traps")
            check(len(errors) <= 3, f"{rid}: too many errors")
        records.append({"id": rid, "domain": c["domain"], "mode": mode,
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors, "traps": traps})
    return records


def validate_composition(records):
    check(len(records) == 40, f"{len(records)} pairs, expected 40")
    doms = [r["domain"] for r in records]
    check(sorted(doms) == sorted(DOMAINS), "domains must be the 40 listed, once each")
    by = Counter((r["mode"], r["label"]) for r in records)
    for mode, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for label in ("consistent", "inconsistent"):
            check(by[(mode, label)] == n,
                  f"{mode}/{label}: {by[(mode, label)]}, expected {n}")
    types = Counter(e["type"] for r in records for e in r["errors"])
    check(sum(types.values()) == 30, f"{sum(types.values())} errors, expected 30")
    for t in TYPES:
        check(types[t] >= 2, f"type {t}: only {types[t]}")
    few = sum(1 for r in records if r["label"] == "inconsistent"
              and 1 <= len(r["errors"]) <= 2)
    check(few >= 15, "most inconsistent pairs should carry 1-2 errors")
    return by, types


def main():
    only_check = "--check" in sys.argv[1:]
    try:
        records = build()
        by, types = validate_composition(records)
    except Invalid as exc:
        print(f"INVALID: {exc}", file=sys.stderr)
        return 1
    ntraps = Counter(r["label"] for r in records for _ in r["traps"])
    print(f"{len(records)} pairs valid")
    for (mode, label), n in sorted(by.items()):
        print(f"  {mode:12s} {label:13s} {n}")
    print("errors:", sum(types.values()), dict(sorted(types.items())))
    print("traps:", sum(ntraps.values()), dict(ntraps))
    if not only_check:
        with open(OUT, "w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
