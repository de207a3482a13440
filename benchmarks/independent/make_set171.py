#!/usr/bin/env python3
"""Build and validate held-out evaluation set 171 for a fact-comparison tool.

How the set was made
--------------------
Every pair was hand-written by a helper session that saw no code or data of
the project and no existing benchmark; it worked only from a written brief.
All people, companies, organisations, places and figures are invented (real
countries and languages appear only as background).  The cases live as plain
Python data in parts171/cases_[1-4].py.  This script locates every span by
string search in the candidate (an occurrence index is given where a quoted
text repeats), computes the character offsets itself, validates the whole
set and writes set171.jsonl next to this file.

    python3 make_set171.py           # validate and write set171.jsonl
    python3 make_set171.py --check   # validate only, write nothing

Composition
-----------
* 40 pairs, one per domain (each of the 40 domains of the brief used once);
  20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5; both texts are independent English translations of
  the same non-English story).
* 30 errors over the 11 types: entity 3, number 3, date 3, role 3,
  polarity 3, modality 3, attribution 3, event 3, omission 2, addition 2,
  repetition 2.  Inconsistent pairs carry 1 or 2 errors each (10 + 10).
  Omissions appear only in rewrite and translation pairs.
* Traps (faithful rewordings a naive checker might flag): 3-5 in every
  consistent pair, 0-3 in inconsistent pairs.
* References are 70-190 words in news/agency/corporate/official register;
  summaries are shorter than their references.

Record format (one JSON object per line); offsets are Python str offsets
into `candidate`, [start, end):
  id, domain, mode, reference, candidate, label,
  errors: [{start, end, text, type, severity, ref_text}],
  traps:  [{start, end, text, ref_text}]
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts171 import cases_1, cases_2, cases_3, cases_4  # noqa: E402

N = 171
OUT_PATH = os.path.join(HERE, "set171.jsonl")

DOMAINS = [
    "wakes week tradition", "masonic lodge open day", "bathtub regatta",
    "frogspawn date records", "backyard chicken permit", "family bible return",
    "rural vet shortage", "rooster noise lawsuit", "red phone box adoption",
    "goose fattening ban", "lottery syndicate dispute",
    "marquetry furniture exhibition", "soap making tax dispute",
    "go tournament sponsorship", "maypole permit refusal", "koi herpes virus",
    "tartan design copyright", "stationary engine rally",
    "lapidary club gem show", "mineral rights claim",
    "redundant chapel conversion", "allotment shed size rule",
    "whale song recording", "rare bird twitcher crowds",
    "sausage making contest", "tree ring dating study", "pigeon fancier show",
    "grass airfield closure", "christmas savings club collapse",
    "crow tool use study", "cat trespass dispute", "field name project",
    "vicarage sale controversy", "election tie drawing lots",
    "kimchi making festival", "churchyard exhumation application",
    "christmas lights brightness limit", "treehouse planning permission",
    "election tie coin toss", "tabletop wargaming club",
]
MODES = ("rewrite", "summary", "translation")
LABELS = ("consistent", "inconsistent")
TYPES = ("entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition")
SEVERITIES = ("minor", "major", "critical")


class SetError(Exception):
    pass


def words(text):
    return len(re.findall(r"\S+", text))


def is_wordchar(ch):
    return ch.isalnum() or ch == "_"


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(hay, needle, occ, where):
    if not needle:
        raise SetError(f"{where}: empty search text")
    hits = occurrences(hay, needle)
    if not hits:
        raise SetError(f"{where}: {needle!r} not found")
    if occ is None:
        if len(hits) > 1:
            raise SetError(f"{where}: {needle!r} occurs {len(hits)} times; give occ")
        occ = 0
    if occ >= len(hits):
        raise SetError(f"{where}: {needle!r} has no occurrence #{occ}")
    return hits[occ]


def boundary_ok(text, pos):
    """True when position `pos` does not fall inside a word."""
    if pos <= 0 or pos >= len(text):
        return True
    return not (is_wordchar(text[pos - 1]) and is_wordchar(text[pos]))


def in_reference_at_boundary(ref, needle):
    for i in occurrences(ref, needle):
        if boundary_ok(ref, i) and boundary_ok(ref, i + len(needle)):
            return True
    return False


def build_record(idx, c):
    rid = f"s{N}-{idx:03d}"
    where = rid
    ref, cand = c["reference"], c["candidate"]
    if c["domain"] not in DOMAINS:
        raise SetError(f"{where}: unknown domain {c['domain']!r}")
    if c["mode"] not in MODES:
        raise SetError(f"{where}: bad mode")
    if c["label"] not in LABELS:
        raise SetError(f"{where}: bad label")
    if ref != ref.strip() or cand != cand.strip() or "\n" in ref + cand:
        raise SetError(f"{where}: stray whitespace/newline in texts")
    nw = words(ref)
    if not 70 <= nw <= 190:
        raise SetError(f"{where}: reference has {nw} words")
    if c["mode"] == "summary":
        if not (words(cand) < nw and len(cand) < len(ref)):
            raise SetError(f"{where}: summary not shorter than reference")

    errors = []
    for e in c["errors"]:
        t, sev, rt = e["type"], e["severity"], e["ref_text"]
        w = f"{where} {t}"
        if t not in TYPES:
            raise SetError(f"{w}: bad type")
        if sev not in SEVERITIES:
            raise SetError(f"{w}: bad severity")
        if t == "omission":
            if c["mode"] == "summary":
                raise SetError(f"{w}: omission in a summary")
            pos = locate(cand, e["after"], e["occ"], w) + len(e["after"])
            start = end = pos
            text = ""
            if not boundary_ok(cand, pos):
                raise SetError(f"{w}: omission point inside a word")
            if not rt or rt in cand:
                raise SetError(f"{w}: omitted words {rt!r} missing or present in candidate")
        else:
            text = e["text"]
            start = locate(cand, text, e["occ"], w)
            end = start + len(text)
            if text != text.strip():
                raise SetError(f"{w}: span has outer whitespace")
        if t in ("addition", "repetition"):
            if rt is not None:
                raise SetError(f"{w}: ref_text must be null")
        else:
            if not rt:
                raise SetError(f"{w}: ref_text required")
            if not in_reference_at_boundary(ref, rt):
                raise SetError(f"{w}: ref_text {rt!r} not in reference")
            if t != "omission" and rt == text:
                raise SetError(f"{w}: span identical to ref_text")
        if t == "repetition":
            earlier = cand.lower().find(text.lower())
            if earlier < 0 or earlier + len(text) > start:
                raise SetError(f"{w}: repetition has no earlier copy")
        if t == "addition" and text in ref:
            raise SetError(f"{w}: added text occurs in reference")
        errors.append({"start": start, "end": end, "text": text, "type": t,
                       "severity": sev, "ref_text": rt})

    traps = []
    for tr in c["traps"]:
        w = f"{where} trap {tr['text']!r}"
        start = locate(cand, tr["text"], tr["occ"], w)
        end = start + len(tr["text"])
        if not in_reference_at_boundary(ref, tr["ref_text"]):
            raise SetError(f"{w}: ref_text not in reference")
        if tr["text"] in ref:
            raise SetError(f"{w}: trap text occurs verbatim in reference")
        traps.append({"start": start, "end": end, "text": tr["text"],
                      "ref_text": tr["ref_text"]})

    spans = [(s["start"], s["end"], "error") for s in errors] + \
            [(s["start"], s["end"], "trap") for s in traps]
    for s, e, kind in spans:
        if cand[s:e] != ([x for x in errors + traps if x["start"] == s and x["end"] == e][0]["text"]):
            raise SetError(f"{where}: offset mismatch")
        if not (boundary_ok(cand, s) and boundary_ok(cand, e)):
            raise SetError(f"{where}: {kind} span {cand[s:e]!r} cuts a word")
    ordered = sorted(spans)
    for (s1, e1, _), (s2, e2, _) in zip(ordered, ordered[1:]):
        if s2 < e1 or (s1 == s2 and (e1 > s1 or e2 > s2)):
            raise SetError(f"{where}: overlapping spans at {s1}-{e1} / {s2}-{e2}")

    label = "inconsistent" if errors else "consistent"
    if label != c["label"]:
        raise SetError(f"{where}: label {c['label']} but {len(errors)} errors")
    if label == "consistent" and not 3 <= len(traps) <= 5:
        raise SetError(f"{where}: consistent pair with {len(traps)} traps")
    if label == "inconsistent" and not 0 <= len(traps) <= 3:
        raise SetError(f"{where}: inconsistent pair with {len(traps)} traps")

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": rid, "domain": c["domain"], "mode": c["mode"],
            "reference": ref, "candidate": cand, "label": label,
            "errors": errors, "traps": traps}


def check_composition(records):
    if len(records) != 40:
        raise SetError(f"{len(records)} pairs, expected 40")
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != 40:
        raise SetError("domains must be the 40 listed, each once")
    labels = Counter(r["label"] for r in records)
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        raise SetError(f"labels {labels}")
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    got = Counter((r["mode"], r["label"]) for r in records)
    if got != Counter(want):
        raise SetError(f"mode/label split {dict(got)}")
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        raise SetError(f"{sum(types.values())} errors, expected 30")
    for t in TYPES:
        if types[t] < 2:
            raise SetError(f"type {t} used {types[t]} times")
    for r in records:
        if r["label"] == "inconsistent" and not 1 <= len(r["errors"]) <= 2:
            raise SetError(f"{r['id']}: {len(r['errors'])} errors")
    return types


def main(argv):
    check_only = "--check" in argv[1:]
    raw = cases_1.CASES + cases_2.CASES + cases_3.CASES + cases_4.CASES
    try:
        records = [build_record(i, c) for i, c in enumerate(raw, 1)]
        types = check_composition(records)
    except SetError as exc:
        print(f"INVALID: {exc}", file=sys.stderr)
        return 1
    modes = Counter((r["mode"], r["label"]) for r in records)
    ntraps = sum(len(r["traps"]) for r in records)
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    wc = [words(r["reference"]) for r in records]
    print(f"OK: {len(records)} pairs; " + ", ".join(
        f"{m}/{l}={n}" for (m, l), n in sorted(modes.items())))
    print(f"errors: {sum(types.values())} " + dict(sorted(types.items())).__repr__())
    print(f"severity: {dict(sev)}; traps: {ntraps}; reference words {min(wc)}-{max(wc)}")
    if check_only:
        print("--check: nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
