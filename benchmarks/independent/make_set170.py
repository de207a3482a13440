#!/usr/bin/env python3
"""Build set170: a held-out evaluation set of 40 hand-written English text pairs for a fact-comparison tool.

How it was made
---------------
Every reference and candidate text was written by hand by a helper session that saw no code, data or benchmark of
the project; it worked only from a written brief (record format, error taxonomy, composition, domain list). All
people, companies, organisations, places, products and figures are invented (real countries appear only as
background). The cases live as plain Python data in parts170/p1.py .. p4.py (constructors in parts170/spec.py).
No offset is typed by hand: this script finds every quoted span by string search (an occurrence index is given
where a quoted text repeats), computes the [start, end) Python str offsets into `candidate`, validates everything
and writes set170.jsonl next to this file.

    python3 make_set170.py           # validate and write set170.jsonl
    python3 make_set170.py --check   # validate only, write nothing

Composition
-----------
* 40 pairs, each from a different domain of the brief's list: 20 consistent, 20 inconsistent.
* Modes: 20 rewrites (10 consistent / 10 inconsistent), 10 summaries (5 / 5), 10 translations (5 / 5).
  Translation pairs are two independent English renderings of the same (non-English) story.
* 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with two):
  entity 3, number 3, date 3, role 3, polarity 3, modality 3, attribution 3, event 2, omission 3,
  addition 2, repetition 2. Omissions occur only in rewrite and translation pairs.
  Severities: 7 minor, 19 major, 4 critical.
* Traps (faithful rewordings a naive checker might flag): 3-5 in every consistent pair (83 in all), 0-3 in
  inconsistent pairs (51 in all); 134 traps in total.
* References are 70-190 words in news / agency / corporate / official register; summaries are shorter than their
  references.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "parts170"))

import p1, p2, p3, p4  # noqa: E402

OUT = os.path.join(HERE, "set170.jsonl")
PREFIX = "s170"

DOMAINS = [
    "wind turbine shadow flicker", "chip shop odour", "tontine annuity revival", "satnav lorry lane",
    "tree root damage claim", "limpet growth study", "pub community share offer", "bocce court funding",
    "mobile bank van route", "walnut orchard disease", "salmon fishing rights lawsuit", "misericord carving",
    "cacao fermentation study", "horse sale misrepresentation", "rock paper scissors tournament",
    "thesis binding service", "langoustine export delay", "barnacle settlement survey", "house renumbering dispute",
    "raw milk cheese rules", "speed camera error refunds", "gingerbread guild", "village name trademark",
    "county border sign theft", "ashes scattering dispute", "methane seep discovery", "chained library",
    "cornhole league", "chip shop naming rivalry", "shared well access dispute", "parish council mace theft",
    "barbed wire museum", "earth sheltered home approval", "village cash machine removal",
    "phenology citizen diary", "welcome sign misspelling", "buckwheat revival", "turkey farm outbreak",
    "engagement ring return lawsuit", "groundwater nitrate study",
]
MODES = ("rewrite", "summary", "translation")
LABELS = ("consistent", "inconsistent")
TYPES = ("entity", "number", "date", "role", "polarity", "modality", "attribution", "event", "omission",
         "addition", "repetition")
SEVERITIES = ("minor", "major", "critical")

EXPECT_PAIRS = 40
EXPECT_MODE_LABEL = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
                     ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
                     ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
EXPECT_ERRORS = 30


class Invalid(Exception):
    pass


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(hay, needle, occ, what):
    if not needle:
        raise Invalid(f"{what}: empty quoted text")
    hits = occurrences(hay, needle)
    if not hits:
        raise Invalid(f"{what}: {needle!r} not found")
    if occ is None:
        if len(hits) != 1:
            raise Invalid(f"{what}: {needle!r} occurs {len(hits)} times; give an occurrence index")
        return hits[0]
    if occ >= len(hits):
        raise Invalid(f"{what}: {needle!r} has only {len(hits)} occurrence(s), index {occ} requested")
    return hits[occ]


def cuts_word(s, pos):
    """True when position pos lies strictly inside a word (alphanumeric on both sides)."""
    return 0 < pos < len(s) and s[pos - 1].isalnum() and s[pos].isalnum()


def words(s):
    return re.findall(r"\S+", s)


def build_record(idx, case):
    rid = f"{PREFIX}-{idx:03d}"
    w = f"{rid} ({case['domain']})"
    ref, cand = case["reference"], case["candidate"]
    mode, label = case["mode"], case["label"]
    if case["domain"] not in DOMAINS:
        raise Invalid(f"{w}: domain not in the list")
    if mode not in MODES or label not in LABELS:
        raise Invalid(f"{w}: bad mode/label")
    for name, text in (("reference", ref), ("candidate", cand)):
        if text != text.strip() or "  " in text or "\n" in text:
            raise Invalid(f"{w}: stray whitespace in {name}")
    nref = len(words(ref))
    if not 70 <= nref <= 190:
        raise Invalid(f"{w}: reference has {nref} words (need 70-190)")
    if mode == "summary" and not (len(cand) < len(ref) and len(words(cand)) < nref):
        raise Invalid(f"{w}: summary is not shorter than its reference")
    if cand == ref:
        raise Invalid(f"{w}: candidate identical to reference")

    spans = []  # (start, end, kind) for the overlap check
    errors = []
    for k, e in enumerate(case["errors"]):
        ew = f"{w} error {k}"
        t, sev, rt = e["type"], e["severity"], e["ref_text"]
        if t not in TYPES or sev not in SEVERITIES:
            raise Invalid(f"{ew}: bad type/severity")
        if t == "omission":
            if mode == "summary":
                raise Invalid(f"{ew}: omission in a summary")
            a = locate(cand, e["after"], e["occ"], ew)
            start = end = a + len(e["after"])
            if cuts_word(cand, start):
                raise Invalid(f"{ew}: omission point cuts a word")
            if not rt or rt not in ref:
                raise Invalid(f"{ew}: omitted words not in reference")
            if rt in cand:
                raise Invalid(f"{ew}: omitted words {rt!r} are present in candidate")
            text = ""
        else:
            text = e["text"]
            start = locate(cand, text, e["occ"], ew)
            end = start + len(text)
            if cuts_word(cand, start) or cuts_word(cand, end):
                raise Invalid(f"{ew}: span {text!r} cuts a word")
            if text != text.strip():
                raise Invalid(f"{ew}: span has outer whitespace")
            if t in ("addition", "repetition"):
                if rt is not None:
                    raise Invalid(f"{ew}: {t} must have ref_text null")
                if t == "repetition":
                    first = cand.find(text)
                    if not (first + len(text) <= start):
                        raise Invalid(f"{ew}: repetition span is not a later copy of earlier text")
            else:
                if not rt or rt not in ref:
                    raise Invalid(f"{ew}: ref_text {rt!r} not in reference")
                if rt == text:
                    raise Invalid(f"{ew}: span identical to ref_text")
        assert cand[start:end] == text
        spans.append((start, end, ew))
        errors.append({"start": start, "end": end, "text": text, "type": t, "severity": sev, "ref_text": rt})

    traps = []
    for k, tr in enumerate(case["traps"]):
        tw = f"{w} trap {k}"
        text, rt = tr["text"], tr["ref_text"]
        start = locate(cand, text, tr["occ"], tw)
        end = start + len(text)
        if cuts_word(cand, start) or cuts_word(cand, end) or text != text.strip():
            raise Invalid(f"{tw}: span {text!r} cuts a word or has outer whitespace")
        if not rt or rt not in ref:
            raise Invalid(f"{tw}: ref_text {rt!r} not in reference")
        if rt == text:
            raise Invalid(f"{tw}: trap not reworded")
        assert cand[start:end] == text
        spans.append((start, end, tw))
        traps.append({"start": start, "end": end, "text": text, "ref_text": rt})

    # no overlaps (a zero-width omission point may not fall strictly inside another span)
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            (s1, e1, n1), (s2, e2, n2) = spans[i], spans[j]
            if s1 == e1 or s2 == e2:
                p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                if s < p < e:
                    raise Invalid(f"{n1} / {n2}: omission point inside another span")
            elif s1 < e2 and s2 < e1:
                raise Invalid(f"{n1} / {n2}: spans overlap")

    if label == "consistent":
        if errors:
            raise Invalid(f"{w}: consistent pair with errors")
        if not 3 <= len(traps) <= 5:
            raise Invalid(f"{w}: consistent pair needs 3-5 traps, has {len(traps)}")
    else:
        if not errors:
            raise Invalid(f"{w}: inconsistent pair without errors")
        if len(traps) > 3:
            raise Invalid(f"{w}: inconsistent pair has {len(traps)} traps (max 3)")

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": rid, "domain": case["domain"], "mode": mode, "reference": ref, "candidate": cand,
            "label": label, "errors": errors, "traps": traps}


def build():
    cases = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    records = [build_record(i + 1, c) for i, c in enumerate(cases)]
    if len(records) != EXPECT_PAIRS:
        raise Invalid(f"{len(records)} pairs, expected {EXPECT_PAIRS}")
    doms = Counter(r["domain"] for r in records)
    if sorted(doms) != sorted(DOMAINS) or max(doms.values()) != 1:
        raise Invalid("each domain of the list must be used exactly once")
    ml = Counter((r["mode"], r["label"]) for r in records)
    if dict(ml) != EXPECT_MODE_LABEL:
        raise Invalid(f"mode/label composition {dict(ml)}")
    errs = [e for r in records for e in r["errors"]]
    if len(errs) != EXPECT_ERRORS:
        raise Invalid(f"{len(errs)} errors, expected {EXPECT_ERRORS}")
    tc = Counter(e["type"] for e in errs)
    for t in TYPES:
        if tc[t] < 2:
            raise Invalid(f"error type {t} used {tc[t]} times (need >= 2)")
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if sum(v for k, v in per_pair.items() if k in (1, 2)) * 2 <= sum(per_pair.values()):
        raise Invalid("most inconsistent pairs should carry 1-2 errors")
    return records


def report(records):
    errs = [e for r in records for e in r["errors"]]
    print(f"pairs: {len(records)}")
    print("mode x label:", dict(sorted(Counter((r['mode'], r['label']) for r in records).items())))
    print(f"errors: {len(errs)}")
    print("error types:", dict(sorted(Counter(e['type'] for e in errs).items())))
    print("severities:", dict(sorted(Counter(e['severity'] for e in errs).items())))
    print("errors per inconsistent pair:",
          dict(sorted(Counter(len(r['errors']) for r in records if r['label'] == 'inconsistent').items())))
    print("traps: total", sum(len(r["traps"]) for r in records),
          "| consistent", sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
          "| inconsistent", sum(len(r["traps"]) for r in records if r["label"] == "inconsistent"))
    nw = [len(words(r["reference"])) for r in records]
    print(f"reference words: min {min(nw)}, max {max(nw)}, mean {sum(nw) / len(nw):.1f}")


def main(argv):
    check_only = "--check" in argv
    try:
        records = build()
    except Invalid as exc:
        print(f"INVALID: {exc}", file=sys.stderr)
        return 1
    report(records)
    if check_only:
        print("OK (check only, nothing written)")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"OK: wrote {len(records)} records to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
