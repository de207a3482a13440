#!/usr/bin/env python3
"""Build held-out evaluation set 165 for a fact-comparison tool.

How it was made
---------------
Every reference/candidate pair was hand-written by a helper that saw no code or
data of the project and no existing benchmark; it worked only from a written
brief. All people, companies, organisations, places and figures are invented
(real countries appear only as background). The cases live as Python data in
parts165/{rewrite,summary,translation}.py. This script computes every character
offset itself by string search (an ``occ`` index picks the occurrence where a
quoted text repeats), validates the whole set and writes set165.jsonl next to
this file.

    python3 make_set165.py          # validate and write set165.jsonl
    python3 make_set165.py --check  # validate only, write nothing

Composition
-----------
* 40 pairs, one domain each: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite, 10 summary, 10 translation; half of each mode consistent.
  Translation pairs are two independent English renderings of one
  non-English story, so wording differs throughout.
* 30 errors over the eleven types: entity 3, number 4, date 3, role 3,
  polarity 3, modality 3, attribution 3, event 2, omission 2, addition 2,
  repetition 2. Ten inconsistent pairs carry one error, ten carry two.
  Omissions occur only in rewrite and translation pairs.
  Severities: 9 minor, 19 major, 2 critical.
* Traps (faithful rewordings a naive checker might flag): 4-5 per consistent
  pair (97 in all), 1-3 per inconsistent pair (52 in all).
* References are 115-148 words in news/agency/corporate/official register.

Record format (one JSON object per line)
----------------------------------------
id, domain, mode, reference, candidate, label, errors[], traps[]; offsets are
Python str offsets into ``candidate``, [start, end). An omission has
start == end at the point where the missing words belong, text "" and the
missing reference words in ref_text; additions and repetitions have
ref_text null (a repetition's span is the later copy).
"""

import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "parts165"))

import rewrite  # noqa: E402
import summary  # noqa: E402
import translation  # noqa: E402

OUT_PATH = os.path.join(HERE, "set165.jsonl")
ID_PREFIX = "s165"

DOMAINS = [
    "fossil fuel divestment vote", "cannonball found on beach", "royal warrant withdrawal",
    "pocket watch auction", "balloon artist record", "sparkler sales ban", "soap box derby crash",
    "traffic light timing change", "coast artillery fort", "squid catch collapse",
    "autumn foliage train service", "wetland bird hide", "poppy appeal record",
    "rabbit haemorrhagic disease", "sauna world championship", "lute string supply",
    "baby box scheme", "bird feeder salmonella", "nougat festival", "postcard museum",
    "zoo keeper injury", "unicycle record", "county library fees", "carriage driving trials",
    "cane toad cull", "ambulance crew assault", "pearl farm typhoon damage",
    "bagpipe export tariff", "knitting record attempt", "bluefin tuna auction",
    "helium balloon release ban", "fuel poverty figures", "peatland carbon credit",
    "telegram service end", "snake escape from home", "roundabout art installation",
    "loch monster hunt", "nuclear bunker sale", "tidal island causeway rescue",
    "tattoo ink pigment ban",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}
LABELS = {"consistent", "inconsistent"}


class ValidationError(Exception):
    pass


def fail(case_id, msg):
    raise ValidationError(f"{case_id}: {msg}")


def find_all(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(case_id, cand, text, occ):
    """Return start offset of occurrence `occ` of `text` in the candidate."""
    hits = find_all(cand, text)
    if not hits:
        fail(case_id, f"text not found in candidate: {text!r}")
    if occ is None:
        if len(hits) > 1:
            fail(case_id, f"text occurs {len(hits)} times, give occ: {text!r}")
        occ = 0
    if occ >= len(hits):
        fail(case_id, f"occ {occ} out of range ({len(hits)} hits) for {text!r}")
    return hits[occ]


def check_boundaries(case_id, cand, start, end, what):
    if start > 0 and start < len(cand) and cand[start - 1].isalnum() and cand[start].isalnum():
        fail(case_id, f"{what} starts inside a word at {start}")
    if 0 < end < len(cand) and cand[end - 1].isalnum() and cand[end].isalnum():
        fail(case_id, f"{what} ends inside a word at {end}")
    if end > start:
        span = cand[start:end]
        if span != span.strip():
            fail(case_id, f"{what} has leading/trailing whitespace: {span!r}")


def words(s):
    return len(s.split())


def build_record(idx, case):
    case_id = f"{ID_PREFIX}-{idx:03d}"
    ref, cand = case["reference"], case["candidate"]
    mode, label = case["mode"], case["label"]
    if mode not in MODES:
        fail(case_id, f"bad mode {mode}")
    if label not in LABELS:
        fail(case_id, f"bad label {label}")
    if case["domain"] not in DOMAINS:
        fail(case_id, f"unknown domain {case['domain']!r}")
    if ref.strip() == cand.strip():
        fail(case_id, "candidate identical to reference")
    nref = words(ref)
    if not 70 <= nref <= 190:
        fail(case_id, f"reference has {nref} words (need 70-190)")
    if mode == "summary" and not (words(cand) < nref and len(cand) < len(ref)):
        fail(case_id, "summary is not shorter than its reference")
    for s, name in ((ref, "reference"), (cand, "candidate")):
        if s != s.strip() or "  " in s:
            fail(case_id, f"{name} has stray whitespace")

    errors = []
    for e in case["errors"]:
        et, sev = e["type"], e["severity"]
        if et not in ERROR_TYPES:
            fail(case_id, f"bad error type {et}")
        if sev not in SEVERITIES:
            fail(case_id, f"bad severity {sev}")
        rt = e.get("ref_text")
        if et == "omission":
            if mode == "summary":
                fail(case_id, "omission in a summary pair")
            anchor = e["after"]
            pos = locate(case_id, cand, anchor, e.get("occ")) + len(anchor)
            if not rt or rt not in ref:
                fail(case_id, f"omission ref_text not in reference: {rt!r}")
            if rt.lower() in cand.lower():
                fail(case_id, f"omitted words present in candidate: {rt!r}")
            check_boundaries(case_id, cand, pos, pos, "omission point")
            errors.append({"start": pos, "end": pos, "text": "", "type": et,
                           "severity": sev, "ref_text": rt})
            continue
        text = e["text"]
        start = locate(case_id, cand, text, e.get("occ"))
        end = start + len(text)
        check_boundaries(case_id, cand, start, end, f"error {text!r}")
        if et in ("addition", "repetition"):
            if rt is not None:
                fail(case_id, f"{et} must have ref_text null")
            if et == "repetition" and cand.find(text) >= start:
                fail(case_id, f"repetition span is not a later copy: {text!r}")
        else:
            if not rt or rt not in ref:
                fail(case_id, f"error ref_text not in reference: {rt!r}")
            if text in ref:
                fail(case_id, f"{et} error text appears verbatim in reference: {text!r}")
            if text == rt:
                fail(case_id, f"error text equals ref_text: {text!r}")
        if et == "addition" and text in ref:
            fail(case_id, f"added text appears in reference: {text!r}")
        errors.append({"start": start, "end": end, "text": text, "type": et,
                       "severity": sev, "ref_text": rt})

    traps = []
    for t in case["traps"]:
        text, rt = t["text"], t["ref_text"]
        start = locate(case_id, cand, text, t.get("occ"))
        end = start + len(text)
        check_boundaries(case_id, cand, start, end, f"trap {text!r}")
        if rt not in ref:
            fail(case_id, f"trap ref_text not in reference: {rt!r}")
        if text == rt:
            fail(case_id, f"trap text equals ref_text: {text!r}")
        traps.append({"start": start, "end": end, "text": text, "ref_text": rt})

    # no overlaps among all spans (an omission point may not sit strictly inside a span)
    spans = [(x["start"], x["end"], x["text"] or "<omission>") for x in errors + traps]
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a, b = spans[i], spans[j]
            if a[0] == a[1] or b[0] == b[1]:
                p, other = (a, b) if a[0] == a[1] else (b, a)
                if other[0] < p[0] < other[1]:
                    fail(case_id, f"omission point inside span {other[2]!r}")
                if p[0] == other[0] == other[1]:
                    fail(case_id, "two omissions at one point")
            elif a[0] < b[1] and b[0] < a[1]:
                fail(case_id, f"overlapping spans {a[2]!r} / {b[2]!r}")
    for x in errors + traps:
        assert cand[x["start"]:x["end"]] == x["text"]

    if label == "consistent":
        if errors:
            fail(case_id, "consistent pair with errors")
        if not 3 <= len(traps) <= 5:
            fail(case_id, f"consistent pair needs 3-5 traps, has {len(traps)}")
    else:
        if not 1 <= len(errors) <= 3:
            fail(case_id, f"inconsistent pair has {len(errors)} errors")
        if len(traps) > 3:
            fail(case_id, f"inconsistent pair has {len(traps)} traps (max 3)")

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: x["start"])
    return {"id": case_id, "domain": case["domain"], "mode": mode,
            "reference": ref, "candidate": cand, "label": label,
            "errors": errors, "traps": traps}


def build():
    cases = rewrite.CASES + summary.CASES + translation.CASES
    order = {d: i for i, d in enumerate(DOMAINS)}
    doms = [c["domain"] for c in cases]
    if sorted(doms) != sorted(DOMAINS):
        missing = set(DOMAINS) - set(doms)
        dup = [d for d, n in Counter(doms).items() if n > 1]
        raise ValidationError(f"domain coverage wrong; missing={missing} dup={dup}")
    cases.sort(key=lambda c: order[c["domain"]])
    records = [build_record(i + 1, c) for i, c in enumerate(cases)]

    # set-level composition checks
    if len(records) != 40:
        raise ValidationError(f"{len(records)} pairs, need 40")
    ml = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(ml) != want:
        raise ValidationError(f"mode/label mix wrong: {dict(ml)}")
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        raise ValidationError(f"{sum(types.values())} errors, need 30")
    for t in ERROR_TYPES:
        if types[t] < 2:
            raise ValidationError(f"error type {t} has {types[t]} (<2)")
    return records


def report(records):
    ml = Counter((r["mode"], r["label"]) for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    traps_c = [len(r["traps"]) for r in records if r["label"] == "consistent"]
    traps_i = [len(r["traps"]) for r in records if r["label"] == "inconsistent"]
    refw = [words(r["reference"]) for r in records]
    print(f"pairs: {len(records)}")
    for k in sorted(ml):
        print(f"  {k[0]:<12} {k[1]:<13} {ml[k]}")
    print(f"errors: {sum(types.values())}  " + ", ".join(f"{t} {types[t]}" for t in ERROR_TYPES))
    print("severity: " + ", ".join(f"{s} {sev[s]}" for s in ("minor", "major", "critical")))
    print("errors per inconsistent pair: " + ", ".join(f"{k}:{per_pair[k]}" for k in sorted(per_pair)))
    print(f"traps: consistent {sum(traps_c)} ({min(traps_c)}-{max(traps_c)} per pair), "
          f"inconsistent {sum(traps_i)} ({min(traps_i)}-{max(traps_i)} per pair)")
    print(f"reference words: {min(refw)}-{max(refw)} (mean {sum(refw) / len(refw):.0f})")


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        records = build()
    except ValidationError as exc:
        print(f"VALIDATION FAILED: {exc}", file=sys.stderr)
        return 1
    report(records)
    if check_only:
        print("check passed; nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
