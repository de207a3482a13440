#!/usr/bin/env python3
"""Build and validate held-out evaluation set 152 (set152.jsonl).

How the set was made
--------------------
All 40 text pairs were hand-written by a helper that saw no code or data of the
project and no existing benchmark, working only from a written brief. Every
person, company, organisation, place and figure is invented (real countries
appear, if at all, only as background). The cases live as plain Python data in
parts152/p1.py .. p4.py; this script resolves every character offset itself by
string search (spans are given by text plus an occurrence index, omissions by
the candidate text they follow), validates everything and writes the JSONL.

Composition
-----------
* 40 pairs, each from a different domain: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5; both texts are independent English translations of
  the same imagined non-English story).
* 30 errors over the eleven types: entity 3, number 4, date 3, role 3,
  polarity 3, modality 3, attribution 2, event 3, omission 2 (rewrite and
  translation only), addition 2, repetition 2. Ten inconsistent pairs carry
  one error and ten carry two.
* Traps (faithful rewordings a naive checker might flag): 3-5 per consistent
  pair, 0-3 per inconsistent pair.
* References are 70-190 words in news/agency/corporate/official register;
  summaries are shorter than their references.

Usage: python3 make_set152.py          # validate and write set152.jsonl
       python3 make_set152.py --check  # validate only, write nothing
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts152 import p1, p2, p3, p4  # noqa: E402

N = 152
OUT = os.path.join(HERE, "set%d.jsonl" % N)

TYPES = ["entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}
DOMAINS = [
    "cyclone preparedness drill", "dock workers pay deal", "train operator fine",
    "truffle harvest slump", "student protest fine", "jazz club closure",
    "rare manuscript donation", "smelter power deal",
    "biomass plant fuel supply", "archive fire damage",
    "regional development fund", "cargo plane emergency landing",
    "river cruise cancellation", "toy recall notice", "hurricane relief grant",
    "fashion week cancellation", "solar panel import duty", "tax haven list",
    "hydro scheme objection", "highway maintenance backlog",
    "lottery jackpot rollover", "care worker visa rule",
    "paper mill job losses", "taxi app fine", "snowfall record",
    "orphaned seal pup rescue", "concert venue licence",
    "stray cattle on motorway", "chimney fire warnings",
    "community garden eviction", "robot surgery programme",
    "prison library funding", "aquarium dolphin retirement",
    "meat plant outbreak", "fire station staffing", "bridge toll removal",
    "aircraft noise compensation", "public wifi rollout",
    "graffiti clean-up scheme", "motorway speed camera",
]


class Invalid(Exception):
    pass


def fail(cid, msg):
    raise Invalid("%s: %s" % (cid, msg))


def find_nth(hay, needle, occ, cid, what):
    """Start offset of occurrence `occ` (0-based) of `needle` in `hay`."""
    if not needle:
        fail(cid, "empty %s" % what)
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            fail(cid, "%s %r (occurrence %d) not found" % (what, needle, occ))
    return pos


def isword(ch):
    return ch.isalnum()


def check_boundaries(text, start, end, cid, what):
    if start > 0 and start < len(text) and isword(text[start - 1]) and isword(text[start]):
        fail(cid, "%s cuts a word at start %d" % (what, start))
    if 0 < end < len(text) and isword(text[end - 1]) and isword(text[end]):
        fail(cid, "%s cuts a word at end %d" % (what, end))


def contains_at_word_boundary(hay, needle):
    pos = hay.find(needle)
    while pos >= 0:
        end = pos + len(needle)
        ok_s = pos == 0 or not (isword(hay[pos - 1]) and isword(hay[pos]))
        ok_e = end == len(hay) or not (isword(hay[end - 1]) and isword(hay[end]))
        if ok_s and ok_e:
            return True
        pos = hay.find(needle, pos + 1)
    return False


def build_record(idx, case):
    cid = "s%d-%03d" % (N, idx)
    ref, cand, mode = case["reference"], case["candidate"], case["mode"]
    if mode not in MODES:
        fail(cid, "bad mode %r" % mode)
    if ref == cand:
        fail(cid, "candidate identical to reference")
    errors, traps, spans = [], [], []

    for e in case["errors"]:
        etype, sev, rt = e["type"], e["severity"], e["ref_text"]
        if etype not in TYPES:
            fail(cid, "bad error type %r" % etype)
        if sev not in SEVERITIES:
            fail(cid, "bad severity %r" % sev)
        if e["kind"] == "omission":
            if etype != "omission":
                fail(cid, "omission kind with type %r" % etype)
            a = find_nth(cand, e["after"], e["occ"], cid, "omission anchor")
            start = end = a + len(e["after"])
            text = ""
            if mode == "summary":
                fail(cid, "omission in summary mode")
            if not rt or rt.lower() in cand.lower():
                fail(cid, "omitted text %r missing or present in candidate" % rt)
        else:
            if etype == "omission":
                fail(cid, "omission given as a span")
            text = e["text"]
            start = find_nth(cand, text, e["occ"], cid, "error text")
            end = start + len(text)
            if text != text.strip():
                fail(cid, "error span %r has outer whitespace" % text)
            if etype in ("addition", "repetition"):
                if rt is not None:
                    fail(cid, "%s must have ref_text null" % etype)
            elif rt is None:
                fail(cid, "%s error needs ref_text" % etype)
            if etype == "repetition" and text not in cand[:start]:
                fail(cid, "repetition %r has no earlier copy" % text)
            if rt is not None and rt == text:
                fail(cid, "error text equals ref_text %r" % text)
        if rt is not None:
            if rt not in ref:
                fail(cid, "error ref_text %r not in reference" % rt)
            if not contains_at_word_boundary(ref, rt):
                fail(cid, "error ref_text %r cuts words in reference" % rt)
        if cand[start:end] != text:
            fail(cid, "offset mismatch for %r" % text)
        check_boundaries(cand, start, end, cid, "error %r" % text)
        errors.append({"start": start, "end": end, "text": text, "type": etype,
                       "severity": sev, "ref_text": rt})
        spans.append((start, end, "error " + repr(text)))

    for t in case["traps"]:
        text, rt = t["text"], t["ref_text"]
        start = find_nth(cand, text, t["occ"], cid, "trap text")
        end = start + len(text)
        if text != text.strip():
            fail(cid, "trap span %r has outer whitespace" % text)
        if rt not in ref:
            fail(cid, "trap ref_text %r not in reference" % rt)
        if not contains_at_word_boundary(ref, rt):
            fail(cid, "trap ref_text %r cuts words in reference" % rt)
        if text == rt:
            fail(cid, "trap %r is not reworded" % text)
        check_boundaries(cand, start, end, cid, "trap %r" % text)
        traps.append({"start": start, "end": end, "text": text, "ref_text": rt})
        spans.append((start, end, "trap " + repr(text)))

    # No overlaps (a zero-width omission point may not fall inside a span).
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            (s1, e1, n1), (s2, e2, n2) = spans[i], spans[j]
            if s1 == e1 or s2 == e2:
                p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                if s1 == e1 and s2 == e2:
                    clash = s1 == s2
                else:
                    clash = s < p < e
            else:
                clash = s1 < e2 and s2 < e1
            if clash:
                fail(cid, "spans overlap: %s / %s" % (n1, n2))

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    label = "inconsistent" if errors else "consistent"

    nref = len(ref.split())
    if not 70 <= nref <= 190:
        fail(cid, "reference has %d words" % nref)
    if mode == "summary" and not (len(cand) < len(ref)
                                  and len(cand.split()) < nref):
        fail(cid, "summary not shorter than reference")
    if label == "consistent" and not 3 <= len(traps) <= 5:
        fail(cid, "consistent pair with %d traps" % len(traps))
    if label == "inconsistent" and not (len(traps) <= 3 and 1 <= len(errors) <= 3):
        fail(cid, "inconsistent pair with %d traps / %d errors"
             % (len(traps), len(errors)))

    return {"id": cid, "domain": case["domain"], "mode": mode,
            "reference": ref, "candidate": cand, "label": label,
            "errors": errors, "traps": traps}


def build():
    cases = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    records = [build_record(i + 1, c) for i, c in enumerate(cases)]

    if len(records) != 40:
        raise Invalid("expected 40 pairs, got %d" % len(records))
    domains = [r["domain"] for r in records]
    if len(set(domains)) != len(domains):
        raise Invalid("duplicate domains: %s" % [d for d, n in Counter(domains).items() if n > 1])
    unknown = set(domains) - set(DOMAINS)
    if unknown:
        raise Invalid("domains not in the brief's list: %s" % sorted(unknown))

    by = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(by) != want:
        raise Invalid("mode/label composition %s != %s" % (dict(by), want))

    etypes = Counter(e["type"] for r in records for e in r["errors"])
    if sum(etypes.values()) != 30:
        raise Invalid("expected 30 errors, got %d" % sum(etypes.values()))
    for t in TYPES:
        if etypes[t] < 2:
            raise Invalid("error type %s has only %d" % (t, etypes[t]))
    small = sum(1 for r in records if r["label"] == "inconsistent"
                and len(r["errors"]) <= 2)
    if small < 15:
        raise Invalid("too few inconsistent pairs with 1-2 errors")
    return records


def summary(records):
    by = Counter((r["mode"], r["label"]) for r in records)
    et = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    ntraps = sum(len(r["traps"]) for r in records)
    lines = ["pairs: %d" % len(records)]
    for m in ("rewrite", "summary", "translation"):
        lines.append("  %-11s consistent %d, inconsistent %d"
                     % (m, by[(m, "consistent")], by[(m, "inconsistent")]))
    lines.append("errors: %d  %s" % (sum(et.values()),
                                     ", ".join("%s %d" % (t, et[t]) for t in TYPES)))
    lines.append("severity: %s" % ", ".join("%s %d" % kv for kv in sorted(sev.items())))
    lines.append("traps: %d (consistent %d, inconsistent %d)" % (
        ntraps,
        sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
        sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")))
    return "\n".join(lines)


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records = build()
    except Invalid as exc:
        print("INVALID: %s" % exc, file=sys.stderr)
        return 1
    print(summary(records))
    if check_only:
        print("check OK (nothing written)")
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
