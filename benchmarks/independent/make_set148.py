#!/usr/bin/env python3
"""Build held-out evaluation set 148 (set148.jsonl) for the fact-comparison tool.

How it was made
---------------
All 40 reference/candidate pairs were hand-written by a helper session that saw
no code, data or existing benchmark of the project, working only from a written
brief. Every person, company, organisation, place and figure is invented (real
countries appear only as background). The cases live as plain Python data in
parts148/p1.py .. p4.py (ten pairs each); spans are given by their exact text
(plus an occurrence index where the text repeats) and this script computes all
character offsets by string search, validates everything and writes the JSONL.

Composition
-----------
* 40 pairs, each from a different domain: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5; both texts are independent English translations of
  the same non-English story).
* 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with
  two): entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 2, event 3, omission 2 (rewrite/translation only), addition 2,
  repetition 2. Severities: minor 7, major 20, critical 3.
* 151 traps (faithful rewordings a naive checker might flag): 94 in the 20
  consistent pairs (3-5 each), 57 in the inconsistent pairs (2-3 each).
* References are 70-190 words in news/agency/corporate/official register.

Usage: python3 make_set148.py          # validate and write set148.jsonl
       python3 make_set148.py --check  # validate only, write nothing
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts148 import p1, p2, p3, p4  # noqa: E402

N = 148
OUT = os.path.join(HERE, "set148.jsonl")

DOMAINS = [
    "urban beehives", "school meal price rise", "invasive species removal",
    "tram derailment inquiry", "typhoon shelter opening", "diet study retraction",
    "landslide closes highway", "monument graffiti cleanup", "heatwave cooling centres",
    "drought emergency declaration", "telescope mirror delivery", "rent freeze law",
    "steel plant rescue", "public broadcaster funding", "rooftop farm opening",
    "noise complaint ruling", "shopping centre demolition", "particle collider upgrade",
    "coffee shop union vote", "seal cull", "teacher shortage report",
    "border fence extension", "shark net removal", "remote work rules",
    "deposit return scheme launch", "textile factory fire", "bear sighting in town",
    "marathon course error", "beach erosion defences", "hunger strike ends",
    "cheese smuggling arrest", "truffle fraud case", "mortgage rate change",
    "wind farm auction", "village shop rescue", "exam paper leak",
    "gold hoard found", "squatters removed", "fracking moratorium",
    "council budget deficit",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}

EXPECTED_TYPES = {"entity": 3, "number": 4, "date": 3, "role": 3, "polarity": 3,
                  "modality": 3, "attribution": 2, "event": 3, "omission": 2,
                  "addition": 2, "repetition": 2}
EXPECTED_SEV = {"minor": 7, "major": 20, "critical": 3}
EXPECTED_TRAPS = (94, 57)


class Invalid(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Invalid(msg)


def find_all(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(cand, text, occ, where):
    hits = find_all(cand, text)
    check(hits, f"{where}: text not found in candidate: {text!r}")
    if occ is None:
        check(len(hits) == 1, f"{where}: {text!r} occurs {len(hits)}x; give occ")
        occ = 0
    check(0 <= occ < len(hits), f"{where}: occ {occ} out of range for {text!r}")
    return hits[occ]


def cuts_word(s, pos):
    """True if a boundary at pos would split a word."""
    return 0 < pos < len(s) and s[pos - 1].isalnum() and s[pos].isalnum()


def resolve(idx, raw):
    cid = f"s{N}-{idx:03d}"
    ref, cand = raw["reference"], raw["candidate"]
    errors, traps, spans = [], [], []
    for k, e in enumerate(raw["errors"]):
        where = f"{cid} error {k}"
        typ, sev, rt = e["type"], e["severity"], e["ref_text"]
        check(typ in TYPES, f"{where}: bad type {typ}")
        check(sev in SEVERITIES, f"{where}: bad severity {sev}")
        if typ == "omission":
            check(raw["mode"] != "summary", f"{where}: omission in summary")
            check(e["text"] == "", f"{where}: omission text must be empty")
            check(bool(e.get("after")) != bool(e.get("before")),
                  f"{where}: omission needs exactly one of after/before")
            anchor = e.get("after") or e.get("before")
            pos = locate(cand, anchor, e.get("occ"), where)
            if e.get("after"):
                pos += len(anchor)
            start = end = pos
            check(not cuts_word(cand, pos), f"{where}: omission point inside a word")
            check(rt and rt in ref, f"{where}: ref_text not in reference: {rt!r}")
            check(rt.lower() not in cand.lower(), f"{where}: omitted words present in candidate")
        else:
            text = e["text"]
            check(text and text == text.strip(), f"{where}: empty/padded span")
            start = locate(cand, text, e.get("occ"), where)
            end = start + len(text)
            if typ in ("addition", "repetition"):
                check(rt is None, f"{where}: {typ} must have ref_text null")
                if typ == "repetition":
                    earlier = cand.find(text)
                    check(earlier != -1 and earlier + len(text) <= start,
                          f"{where}: repetition has no earlier copy")
            else:
                check(rt and rt in ref, f"{where}: ref_text not in reference: {rt!r}")
                check(text != rt, f"{where}: span identical to ref_text")
                if typ not in ("entity", "role", "attribution"):
                    check(text not in ref, f"{where}: erroneous span occurs verbatim in reference")
        errors.append({"start": start, "end": end, "text": cand[start:end], "type": typ,
                       "severity": sev, "ref_text": rt})
        spans.append((start, end, where))
    for k, t in enumerate(raw["traps"]):
        where = f"{cid} trap {k}"
        text, rt = t["text"], t["ref_text"]
        check(text and text == text.strip(), f"{where}: empty/padded span")
        start = locate(cand, text, t.get("occ"), where)
        end = start + len(text)
        check(rt and rt in ref, f"{where}: ref_text not in reference: {rt!r}")
        check(text != rt, f"{where}: trap identical to reference wording")
        traps.append({"start": start, "end": end, "text": text, "ref_text": rt})
        spans.append((start, end, where))
    for s, e_, where in spans:
        check(not cuts_word(cand, s) and not cuts_word(cand, e_), f"{where}: span cuts a word")
    ordered = sorted(spans, key=lambda x: (x[0], x[1]))
    for (s1, e1, w1), (s2, e2, w2) in zip(ordered, ordered[1:]):
        check(not s2 < e1, f"{cid}: spans overlap: {w1} / {w2}")
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": cid, "domain": raw["domain"], "mode": raw["mode"], "reference": ref,
            "candidate": cand, "label": raw["label"], "errors": errors, "traps": traps}


def validate_record(r):
    cid = r["id"]
    check(r["mode"] in MODES, f"{cid}: bad mode")
    check(r["label"] in ("consistent", "inconsistent"), f"{cid}: bad label")
    check((r["label"] == "inconsistent") == bool(r["errors"]), f"{cid}: label/errors mismatch")
    nw = len(r["reference"].split())
    check(70 <= nw <= 190, f"{cid}: reference has {nw} words")
    check('"' not in r["reference"] + r["candidate"], f"{cid}: stray double quote")
    if r["mode"] == "summary":
        check(len(r["candidate"]) < len(r["reference"]) and
              len(r["candidate"].split()) < nw, f"{cid}: summary not shorter")
    if r["label"] == "consistent":
        check(3 <= len(r["traps"]) <= 5, f"{cid}: consistent pair needs 3-5 traps")
    else:
        check(0 <= len(r["traps"]) <= 3, f"{cid}: inconsistent pair needs 0-3 traps")
        check(1 <= len(r["errors"]) <= 2, f"{cid}: expected 1-2 errors")
    for e in r["errors"]:
        check(r["candidate"][e["start"]:e["end"]] == e["text"], f"{cid}: offset mismatch")
    for t in r["traps"]:
        check(r["candidate"][t["start"]:t["end"]] == t["text"], f"{cid}: trap offset mismatch")


def validate_set(records):
    check(len(records) == 40, f"expected 40 pairs, got {len(records)}")
    doms = [r["domain"] for r in records]
    check(len(set(doms)) == 40, "domains not unique")
    check(set(doms) == set(DOMAINS), f"unknown domains: {set(doms) - set(DOMAINS)}")
    ml = Counter((r["mode"], r["label"]) for r in records)
    for mode, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for lab in ("consistent", "inconsistent"):
            check(ml[(mode, lab)] == n, f"{mode}/{lab}: {ml[(mode, lab)]} != {n}")
    errs = [e for r in records for e in r["errors"]]
    check(len(errs) == 30, f"expected 30 errors, got {len(errs)}")
    tc = Counter(e["type"] for e in errs)
    check(dict(tc) == EXPECTED_TYPES, f"type counts {dict(tc)}")
    check(all(tc[t] >= 2 for t in TYPES), "each type needs >= 2")
    sc = Counter(e["severity"] for e in errs)
    check(dict(sc) == EXPECTED_SEV, f"severity counts {dict(sc)}")
    tr_c = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    tr_i = sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")
    check((tr_c, tr_i) == EXPECTED_TRAPS, f"trap counts {(tr_c, tr_i)}")
    check(len({r["reference"] for r in records}) == 40, "duplicate references")


def build():
    raws = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    records = [resolve(i + 1, raw) for i, raw in enumerate(raws)]
    for r in records:
        validate_record(r)
    validate_set(records)
    return records


def main():
    try:
        records = build()
    except Invalid as exc:
        print(f"INVALID: {exc}", file=sys.stderr)
        return 1
    errs = [e for r in records for e in r["errors"]]
    print(f"OK: {len(records)} pairs, {len(errs)} errors, "
          f"{sum(len(r['traps']) for r in records)} traps")
    print("  by mode/label:", dict(sorted(Counter((r['mode'], r['label']) for r in records).items())))
    print("  errors by type:", dict(Counter(e['type'] for e in errs)))
    print("  severities:", dict(Counter(e['severity'] for e in errs)))
    if "--check" in sys.argv[1:]:
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
