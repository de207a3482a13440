#!/usr/bin/env python3
"""Build held-out evaluation set 143 (set143.jsonl) for a fact-comparison tool.

How it was made
---------------
Every pair was hand-written, as Python data, by a helper session that saw no
code or data of the project (no benchmark, no project files) and worked only
from a written brief.  All people, companies, organisations, places, and
figures are invented; real countries or seas appear only as background.
Character offsets are never typed by hand: this script finds every span by
string search (with an occurrence index where the quoted text repeats),
validates the whole set, and writes one JSON object per line.

Composition
-----------
* 40 pairs, each in a different domain: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite, 10 summary, 10 translation (half of each mode consistent).
  Translation pairs are two independent English renderings of the same
  (imagined) non-English story.
* 30 errors over the eleven types: entity 3, number 4, date 3, role 3,
  polarity 3, modality 3, attribution 2, event 3, omission 2, addition 2,
  repetition 2.  Ten inconsistent pairs carry one error and ten carry two.
  Omissions appear only in rewrite and translation pairs.
* Traps (faithful rewordings that a naive checker might flag): 3-5 in every
  consistent pair, 1-3 in every inconsistent pair.
* References are 70-190 words in news/agency/corporate/official register;
  summaries are shorter than their references.

Usage:  python3 make_set143.py           validate and write set143.jsonl
        python3 make_set143.py --check   validate only, write nothing
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts143 import p1, p2, p3, p4  # noqa: E402

N = 143
OUT = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "chemical spill river", "monkey escape", "savings rate", "oyster farm virus",
    "helicopter crash inquiry", "embassy protest", "tariff dispute", "newspaper merger",
    "water company dividend", "pension scheme deficit", "cruise ship pollution",
    "drone delivery licence", "tractor protest", "park run permission", "child benefit change",
    "lighthouse keeper retirement", "election recount", "airport curfew breach",
    "road deaths figures", "boil water notice", "refugee quota", "mayor resignation",
    "translation app error", "apprentice wage rise", "cheese counterfeit ring",
    "airline bankruptcy", "border checkpoint queue", "hydro dam", "mine flooding",
    "train derailment", "flood barrier upgrade", "interconnector cable", "voter id rules",
    "charity fundraising scandal", "pilot strike", "school building collapse risk",
    "ceasefire monitoring", "church bell complaint", "credit union growth",
    "volcano eruption flights",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution",
         "event", "omission", "addition", "repetition"]
MODES = ["rewrite", "summary", "translation"]
SEVERITIES = ["minor", "major", "critical"]
LABELS = ["consistent", "inconsistent"]


class SetError(Exception):
    pass


def fail(cid, msg):
    raise SetError("%s: %s" % (cid, msg))


def find_nth(hay, needle, occ, cid):
    if not needle:
        fail(cid, "empty search text")
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            fail(cid, "text %r (occurrence %d) not found in candidate" % (needle, occ))
    return pos


def check_word_edges(cand, start, end, cid, what):
    if start > 0 and end > start:
        if cand[start - 1].isalnum() and cand[start].isalnum():
            fail(cid, "%s starts inside a word at %d" % (what, start))
    if end < len(cand) and end > start:
        if cand[end - 1].isalnum() and cand[end].isalnum():
            fail(cid, "%s ends inside a word at %d" % (what, end))
    if end > start:
        seg = cand[start:end]
        if seg != seg.strip():
            fail(cid, "%s has surrounding whitespace" % what)
    if start == end and 0 < start < len(cand):
        if cand[start - 1].isalnum() and cand[start].isalnum():
            fail(cid, "%s insertion point inside a word at %d" % (what, start))


def build_case(idx, raw):
    cid = "s%d-%03d" % (N, idx)
    for key in ("domain", "mode", "label", "reference", "candidate", "errors", "traps"):
        if key not in raw:
            fail(cid, "missing key %s" % key)
    ref, cand = raw["reference"], raw["candidate"]
    mode, label = raw["mode"], raw["label"]
    if raw["domain"] not in DOMAINS:
        fail(cid, "unknown domain %r" % raw["domain"])
    if mode not in MODES:
        fail(cid, "bad mode %r" % mode)
    if label not in LABELS:
        fail(cid, "bad label %r" % label)
    for name, text in (("reference", ref), ("candidate", cand)):
        if text != text.strip() or "  " in text or "\n" in text:
            fail(cid, "%s has stray whitespace" % name)
    nref = len(ref.split())
    if not 70 <= nref <= 190:
        fail(cid, "reference has %d words (need 70-190)" % nref)
    if ref == cand:
        fail(cid, "candidate identical to reference")
    if mode == "summary":
        if not (len(cand.split()) < nref and len(cand) < len(ref)):
            fail(cid, "summary not shorter than reference")

    errors = []
    for e in raw["errors"]:
        etype, sev = e["type"], e["severity"]
        if etype not in TYPES:
            fail(cid, "bad error type %r" % etype)
        if sev not in SEVERITIES:
            fail(cid, "bad severity %r" % sev)
        if e["kind"] == "omission":
            if etype != "omission":
                fail(cid, "omission kind/type mismatch")
            if mode == "summary":
                fail(cid, "omission in a summary pair")
            a = find_nth(cand, e["anchor"], e["occ"], cid)
            pos = a if e["before"] else a + len(e["anchor"])
            rt = e["ref_text"]
            if not rt or rt not in ref:
                fail(cid, "omission ref_text %r not in reference" % rt)
            if rt.lower() in cand.lower():
                fail(cid, "omitted words %r still present in candidate" % rt)
            check_word_edges(cand, pos, pos, cid, "omission")
            errors.append({"start": pos, "end": pos, "text": "", "type": "omission",
                           "severity": sev, "ref_text": rt})
        else:
            if etype == "omission":
                fail(cid, "omission given as a span")
            text = e["text"]
            s = find_nth(cand, text, e["occ"], cid)
            t = s + len(text)
            check_word_edges(cand, s, t, cid, "error %r" % text)
            rt = e["ref_text"]
            if etype in ("addition", "repetition"):
                if rt is not None:
                    fail(cid, "%s must have ref_text null" % etype)
            else:
                if not rt or rt not in ref:
                    fail(cid, "error ref_text %r not in reference" % rt)
                if rt == text:
                    fail(cid, "error text equals its ref_text")
            if etype == "repetition" and text.lower() not in cand[:s].lower():
                fail(cid, "repetition %r has no earlier copy" % text)
            if etype == "addition" and text.lower() in ref.lower():
                fail(cid, "addition %r is present in reference" % text)
            errors.append({"start": s, "end": t, "text": text, "type": etype,
                           "severity": sev, "ref_text": rt})

    traps = []
    for tr in raw["traps"]:
        text, rt = tr["text"], tr["ref_text"]
        s = find_nth(cand, text, tr["occ"], cid)
        t = s + len(text)
        check_word_edges(cand, s, t, cid, "trap %r" % text)
        if rt not in ref:
            fail(cid, "trap ref_text %r not in reference" % rt)
        if text.lower() == rt.lower():
            fail(cid, "trap text identical to its ref_text")
        traps.append({"start": s, "end": t, "text": text, "ref_text": rt})

    # no overlaps among non-empty spans; no insertion point strictly inside a span
    spans = [(x["start"], x["end"]) for x in errors + traps]
    full = sorted(sp for sp in spans if sp[1] > sp[0])
    for (a1, b1), (a2, b2) in zip(full, full[1:]):
        if a2 < b1:
            fail(cid, "overlapping spans %r and %r" % ((a1, b1), (a2, b2)))
    for p, q in spans:
        if p == q:
            for a, b in full:
                if a < p < b:
                    fail(cid, "omission point %d inside span %r" % (p, (a, b)))
    for x in errors + traps:
        if cand[x["start"]:x["end"]] != x["text"]:
            fail(cid, "offset check failed for %r" % x["text"])

    if label == "consistent":
        if errors:
            fail(cid, "consistent pair with errors")
        if not 3 <= len(traps) <= 5:
            fail(cid, "consistent pair needs 3-5 traps, has %d" % len(traps))
    else:
        if not errors:
            fail(cid, "inconsistent pair without errors")
        if len(traps) > 3:
            fail(cid, "inconsistent pair has %d traps (max 3)" % len(traps))

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: x["start"])
    return {"id": cid, "domain": raw["domain"], "mode": mode, "reference": ref,
            "candidate": cand, "label": label, "errors": errors, "traps": traps}


def build():
    raws = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    recs = [build_case(i + 1, r) for i, r in enumerate(raws)]
    # set-level checks
    if len(recs) != 40:
        raise SetError("need 40 pairs, have %d" % len(recs))
    doms = Counter(r["domain"] for r in recs)
    if set(doms) != set(DOMAINS) or max(doms.values()) != 1:
        raise SetError("each domain must be used exactly once: %r" % doms)
    labels = Counter(r["label"] for r in recs)
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        raise SetError("label counts %r" % labels)
    want = {"rewrite": 20, "summary": 10, "translation": 10}
    for m, n in want.items():
        sub = [r for r in recs if r["mode"] == m]
        if len(sub) != n:
            raise SetError("mode %s has %d pairs, need %d" % (m, len(sub), n))
        c = sum(r["label"] == "consistent" for r in sub)
        if c != n // 2:
            raise SetError("mode %s has %d consistent, need %d" % (m, c, n // 2))
    types = Counter(e["type"] for r in recs for e in r["errors"])
    if sum(types.values()) != 30:
        raise SetError("need 30 errors, have %d" % sum(types.values()))
    for t in TYPES:
        if types[t] < 2:
            raise SetError("type %s has %d errors (need >= 2)" % (t, types[t]))
    per = Counter(len(r["errors"]) for r in recs if r["label"] == "inconsistent")
    if sum(v for k, v in per.items() if k in (1, 2)) < 11:
        raise SetError("most inconsistent pairs should carry 1-2 errors: %r" % per)
    return recs


def report(recs):
    modes = Counter((r["mode"], r["label"]) for r in recs)
    types = Counter(e["type"] for r in recs for e in r["errors"])
    sev = Counter(e["severity"] for r in recs for e in r["errors"])
    traps = Counter(r["label"] for r in recs for _ in r["traps"])
    lines = ["pairs: %d" % len(recs)]
    for m in MODES:
        lines.append("  %-11s consistent %d, inconsistent %d"
                     % (m, modes[(m, "consistent")], modes[(m, "inconsistent")]))
    lines.append("errors: %d  %s" % (sum(types.values()),
                                     ", ".join("%s %d" % (t, types[t]) for t in TYPES)))
    lines.append("severity: %s" % ", ".join("%s %d" % (s, sev[s]) for s in SEVERITIES))
    lines.append("traps: %d (in consistent pairs %d, in inconsistent pairs %d)"
                 % (sum(traps.values()), traps["consistent"], traps["inconsistent"]))
    return "\n".join(lines)


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        recs = build()
    except SetError as exc:
        print("INVALID: %s" % exc, file=sys.stderr)
        return 1
    print(report(recs))
    if check_only:
        print("valid (--check: nothing written)")
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
