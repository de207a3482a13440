#!/usr/bin/env python3
"""Build held-out evaluation set 138 for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every pair was hand-written by a helper session that saw no code, data or benchmark of the
project, working only from a written brief. All people, companies, organisations, places and
figures are invented (real countries appear only as background). The cases live as plain Python
data in parts138/p1.py .. p4.py; this script computes every character offset itself by string
search (an occurrence index is given where a quoted text repeats), validates the whole set and
writes set138.jsonl next to this file. `python3 make_set138.py --check` validates only.

Composition
-----------
* 40 pairs, one domain each (the 40 domains of the brief), news/agency/corporate/official register,
  references of 70-190 words.
* Labels: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5; both texts are independent English renderings of one foreign story).
* 30 errors over the eleven types: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 2, event 3, omission 2 (rewrite/translation only), addition 2, repetition 2.
  10 inconsistent pairs carry one error, 10 carry two.
* Traps (faithful rewordings a naive checker might flag): 3-5 in each consistent pair,
  0-3 in each inconsistent pair.

Record format (one JSON object per line)
----------------------------------------
id, domain, mode, reference, candidate, label,
errors: [{start, end, text, type, severity, ref_text}], traps: [{start, end, text, ref_text}];
offsets are Python str offsets into `candidate`, [start, end).
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts138 import p1, p2, p3, p4  # noqa: E402

OUT = os.path.join(HERE, "set138.jsonl")
N = 138

DOMAINS = [
    "blood bike service", "municipal wifi rollout", "beaver release", "bingo hall closure",
    "asylum hotel contract", "wild camping ruling", "invasive plant removal",
    "horse racing death inquiry", "hedgehog rescue centre funding", "malaria net distribution",
    "dog fouling fines", "drug price negotiation", "rail franchise handover",
    "lost luggage compensation", "podcast host lawsuit", "flower show cancellation",
    "knife amnesty", "lottery operator change", "bakery chain collapse", "bookshop chain sale",
    "archaeological hoard declaration", "cricket ball tampering", "ash dieback felling",
    "furniture fire safety", "deepfake election ad", "monastery tourist cap",
    "supermarket price war", "casino licence", "cycling team doping",
    "dockworkers overtime dispute", "minister resignation expenses", "early prisoner release",
    "orchestra conductor resignation", "prescription charge rise", "cat curfew proposal",
    "smoking ban outdoors", "stadium roof collapse inquiry", "urban forest plan",
    "sea wall funding", "castle ownership transfer",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution", "event",
         "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}


class Invalid(Exception):
    pass


def find_occ(hay, needle, occ, what):
    if not needle:
        raise Invalid(f"{what}: empty search text")
    idx = -1
    for _ in range(occ + 1):
        idx = hay.find(needle, idx + 1)
        if idx < 0:
            raise Invalid(f"{what}: occurrence {occ} of {needle!r} not found")
    return idx


def isw(ch):
    return ch.isalnum()


def check_boundaries(cand, start, end, what):
    if start == end:
        if 0 < start < len(cand) and isw(cand[start - 1]) and isw(cand[start]):
            raise Invalid(f"{what}: zero-width span at {start} is inside a word")
        return
    if start > 0 and isw(cand[start - 1]) and isw(cand[start]):
        raise Invalid(f"{what}: span starts inside a word")
    if end < len(cand) and isw(cand[end - 1]) and isw(cand[end]):
        raise Invalid(f"{what}: span ends inside a word")
    text = cand[start:end]
    if text != text.strip():
        raise Invalid(f"{what}: span has surrounding whitespace")


def build_record(i, case):
    rid = f"s{N}-{i:03d}"
    ref, cand = case["reference"], case["candidate"]
    for name, s in (("reference", ref), ("candidate", cand)):
        if "\n" in s or "  " in s or s != s.strip():
            raise Invalid(f"{rid}: {name} has newline/double space/padding")
    errors, traps = [], []
    for k, e in enumerate(case["errors"]):
        what = f"{rid} error {k} ({e['type']})"
        if e["kind"] == "omission":
            if (e["after"] is None) == (e["before"] is None):
                raise Invalid(f"{what}: give exactly one of after/before")
            if e["after"] is not None:
                pos = find_occ(cand, e["after"], e["occ"], what) + len(e["after"])
            else:
                pos = find_occ(cand, e["before"], e["occ"], what)
            start = end = pos
        else:
            start = find_occ(cand, e["text"], e["occ"], what)
            end = start + len(e["text"])
        errors.append({"start": start, "end": end, "text": cand[start:end], "type": e["type"],
                       "severity": e["severity"], "ref_text": e["ref_text"]})
    for k, t in enumerate(case["traps"]):
        what = f"{rid} trap {k}"
        start = find_occ(cand, t["text"], t["occ"], what)
        traps.append({"start": start, "end": start + len(t["text"]), "text": t["text"],
                      "ref_text": t["ref_text"]})
    return {"id": rid, "domain": case["domain"], "mode": case["mode"], "reference": ref,
            "candidate": cand, "label": case["label"], "errors": errors, "traps": traps}


def validate_record(r):
    rid, ref, cand, mode, label = r["id"], r["reference"], r["candidate"], r["mode"], r["label"]
    if mode not in MODES:
        raise Invalid(f"{rid}: bad mode {mode}")
    if label not in ("consistent", "inconsistent"):
        raise Invalid(f"{rid}: bad label {label}")
    if r["domain"] not in DOMAINS:
        raise Invalid(f"{rid}: domain {r['domain']!r} not in list")
    nw = len(ref.split())
    if not 70 <= nw <= 190:
        raise Invalid(f"{rid}: reference has {nw} words")
    if cand == ref:
        raise Invalid(f"{rid}: candidate equals reference")
    if mode == "summary" and not (len(cand.split()) < nw and len(cand) < len(ref)):
        raise Invalid(f"{rid}: summary not shorter than reference")
    errs, traps = r["errors"], r["traps"]
    if label == "consistent":
        if errs:
            raise Invalid(f"{rid}: consistent pair has errors")
        if not 3 <= len(traps) <= 5:
            raise Invalid(f"{rid}: consistent pair has {len(traps)} traps")
    else:
        if not errs:
            raise Invalid(f"{rid}: inconsistent pair without errors")
        if not 0 <= len(traps) <= 3:
            raise Invalid(f"{rid}: inconsistent pair has {len(traps)} traps")
    spans = []
    for k, e in enumerate(errs):
        what = f"{rid} error {k} ({e['type']})"
        s, t = e["start"], e["end"]
        if e["type"] not in TYPES:
            raise Invalid(f"{what}: bad type")
        if e["severity"] not in SEVERITIES:
            raise Invalid(f"{what}: bad severity")
        if cand[s:t] != e["text"]:
            raise Invalid(f"{what}: text/offset mismatch")
        check_boundaries(cand, s, t, what)
        if e["type"] == "omission":
            if mode == "summary":
                raise Invalid(f"{what}: omission in a summary")
            if s != t or e["text"] != "":
                raise Invalid(f"{what}: omission must be zero-width with empty text")
            if not e["ref_text"] or e["ref_text"] not in ref:
                raise Invalid(f"{what}: omission ref_text not in reference")
            if e["ref_text"].lower() in cand.lower():
                raise Invalid(f"{what}: omitted words are present in candidate")
        else:
            if s >= t:
                raise Invalid(f"{what}: empty span")
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    raise Invalid(f"{what}: ref_text must be null")
                if e["type"] == "addition" and e["text"].lower() in ref.lower():
                    raise Invalid(f"{what}: added text occurs in reference")
                if e["type"] == "repetition":
                    first = cand.find(e["text"])
                    if first < 0 or first + len(e["text"]) > s:
                        raise Invalid(f"{what}: no earlier copy in candidate")
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    raise Invalid(f"{what}: ref_text {e['ref_text']!r} not in reference")
                if e["ref_text"] == e["text"]:
                    raise Invalid(f"{what}: text equals ref_text")
        spans.append((s, t, what))
    for k, tr in enumerate(traps):
        what = f"{rid} trap {k}"
        s, t = tr["start"], tr["end"]
        if cand[s:t] != tr["text"] or s >= t:
            raise Invalid(f"{what}: text/offset mismatch")
        check_boundaries(cand, s, t, what)
        if tr["ref_text"] not in ref:
            raise Invalid(f"{what}: ref_text {tr['ref_text']!r} not in reference")
        if tr["text"] in ref:
            raise Invalid(f"{what}: trap text {tr['text']!r} occurs verbatim in reference")
        spans.append((s, t, what))
    for a in range(len(spans)):
        for b in range(a + 1, len(spans)):
            s1, e1, w1 = spans[a]
            s2, e2, w2 = spans[b]
            if s1 == e1 or s2 == e2:  # zero-width: must not sit strictly inside another span
                p, (s, t) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                if s < p < t:
                    raise Invalid(f"{w1} / {w2}: omission point inside span")
            elif s1 < e2 and s2 < e1:
                raise Invalid(f"{w1} / {w2}: overlapping spans")


def validate_set(records):
    if len(records) != 40:
        raise Invalid(f"expected 40 pairs, got {len(records)}")
    if len({r["id"] for r in records}) != 40:
        raise Invalid("duplicate ids")
    doms = [r["domain"] for r in records]
    if len(set(doms)) != 40 or set(doms) != set(DOMAINS):
        raise Invalid("domains must be the 40 listed, each once")
    labels = Counter(r["label"] for r in records)
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        raise Invalid(f"labels {labels}")
    want = {"rewrite": 20, "summary": 10, "translation": 10}
    for m, n in want.items():
        rs = [r for r in records if r["mode"] == m]
        if len(rs) != n or sum(r["label"] == "consistent" for r in rs) != n // 2:
            raise Invalid(f"mode {m}: {len(rs)} pairs, wrong consistent/inconsistent split")
    allerr = [e for r in records for e in r["errors"]]
    if len(allerr) != 30:
        raise Invalid(f"expected 30 errors, got {len(allerr)}")
    tc = Counter(e["type"] for e in allerr)
    for t in TYPES:
        if tc[t] < 2:
            raise Invalid(f"type {t} has {tc[t]} errors (<2)")
    small = sum(1 for r in records if r["label"] == "inconsistent" and len(r["errors"]) <= 2)
    if small < 15:
        raise Invalid("most inconsistent pairs should carry 1-2 errors")


def composition(records):
    lines = []
    lines.append(f"pairs: {len(records)}  labels: {dict(Counter(r['label'] for r in records))}")
    lines.append("modes x labels: " + str(dict(Counter((r['mode'], r['label']) for r in records))))
    allerr = [e for r in records for e in r["errors"]]
    lines.append(f"errors: {len(allerr)}  by type: " + str({t: Counter(e['type'] for e in allerr)[t] for t in TYPES}))
    lines.append("severity: " + str(dict(Counter(e["severity"] for e in allerr))))
    lines.append("errors per inconsistent pair: " + str(dict(Counter(len(r['errors']) for r in records if r['label'] == 'inconsistent'))))
    ct = [len(r["traps"]) for r in records if r["label"] == "consistent"]
    it = [len(r["traps"]) for r in records if r["label"] == "inconsistent"]
    lines.append(f"traps: {sum(ct) + sum(it)} (consistent {sum(ct)}, range {min(ct)}-{max(ct)}; inconsistent {sum(it)}, range {min(it)}-{max(it)})")
    wc = [len(r["reference"].split()) for r in records]
    lines.append(f"reference words: {min(wc)}-{max(wc)} (mean {sum(wc) / len(wc):.0f})")
    return "\n".join(lines)


def main():
    check_only = "--check" in sys.argv[1:]
    cases = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    try:
        records = [build_record(i, c) for i, c in enumerate(cases, 1)]
        for r in records:
            validate_record(r)
        validate_set(records)
    except Invalid as exc:
        print(f"INVALID: {exc}", file=sys.stderr)
        return 1
    print(composition(records))
    if check_only:
        print("check only: valid, nothing written")
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
