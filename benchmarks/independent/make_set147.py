#!/usr/bin/env python3
"""Build held-out evaluation set 147 (set147.jsonl) for the fact-comparison tool.

How it was made
---------------
Every pair was hand-written by a helper that saw no code or data of the project
(and no existing benchmark), working only from a written brief. All people,
companies, organisations, places and figures are invented; real countries or
regions appear only as background. The cases live as Python data in
parts147/p1.py .. p4.py (ten pairs each); this script computes every character
offset itself by string search (an occurrence index is given where a quoted text
repeats), validates the whole set and writes set147.jsonl next to this file.

    python3 make_set147.py           validate and write set147.jsonl
    python3 make_set147.py --check   validate only, write nothing

Composition
-----------
40 pairs, each on a different domain (news / agency / corporate / official register,
references 70-190 words):
  * 20 rewrites (10 consistent, 10 inconsistent)
  * 10 summaries (5 consistent, 5 inconsistent)
  * 10 translations (5 consistent, 5 inconsistent; both texts are independent
    English translations of the same non-English story)
30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with two):
  entity 3, number 4, date 3, role 3, polarity 3, modality 3, attribution 2,
  event 3, omission 2, addition 2, repetition 2.
Traps (faithful rewordings a naive checker might flag): 3-5 in each consistent
pair (85 in all), 1-3 in each inconsistent pair (40 in all), 125 in total.
Error severities: minor 7, major 21, critical 2.
Omissions occur only in rewrite/translation pairs; summaries are shorter than
their references.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts147 import p1, p2, p3, p4  # noqa: E402

N = 147
OUT = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "eye test van", "e-scooter ban", "castle wall collapse", "horse welfare case",
    "panda loan ends", "rural bus route saved", "herbarium digitisation",
    "road toll introduction", "oat milk plant", "eviction moratorium",
    "vertical farm bankruptcy", "cybercrime arrest", "cocoa price spike",
    "pension age protest", "garment workers pay", "naval ship naming",
    "tsunami siren fault", "jury trial suspension", "mayoral debate",
    "car factory shift cut", "carnival route change", "sand theft",
    "strawberry pickers visa", "press freedom ranking", "whaling quota",
    "pumpkin giant record", "military base closure", "orangutan rehabilitation",
    "protest camp eviction", "spice import ban", "flower show theft",
    "corpse flower bloom", "grid battery installation", "vaccine trial results",
    "measles outbreak in school", "surf competition", "canal breach",
    "seed bank deposit", "map archive release", "data breach fine",
]
MODES = ("rewrite", "summary", "translation")
LABELS = ("consistent", "inconsistent")
TYPES = ("entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition")
SEVERITIES = ("minor", "major", "critical")

EXPECT_MODE_LABEL = {
    ("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
    ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
    ("translation", "consistent"): 5, ("translation", "inconsistent"): 5,
}
EXPECT_ERRORS = 30


class Invalid(Exception):
    pass


def words(s):
    return re.findall(r"\w+(?:[-'’.,]\w+)*", s)


def find_occ(hay, needle, occ, what):
    """Start offset of the occ-th occurrence of needle; occ required if repeated."""
    starts = []
    i = hay.find(needle)
    while i != -1:
        starts.append(i)
        i = hay.find(needle, i + 1)
    if not starts:
        raise Invalid("%s: %r not found" % (what, needle))
    if occ is None:
        if len(starts) > 1:
            raise Invalid("%s: %r occurs %d times; give occ" % (what, needle, len(starts)))
        occ = 0
    if occ >= len(starts):
        raise Invalid("%s: %r has no occurrence %d" % (what, needle, occ))
    return starts[occ]


def is_word_char(c):
    return c.isalnum() or c == "_"


def check_boundaries(cand, start, end, what):
    if start > 0 and start < len(cand) and is_word_char(cand[start - 1]) and is_word_char(cand[start]):
        raise Invalid("%s: span start cuts a word at %d" % (what, start))
    if 0 < end < len(cand) and is_word_char(cand[end - 1]) and is_word_char(cand[end]):
        raise Invalid("%s: span end cuts a word at %d" % (what, end))


def ngram_overlap(a, b, n=4):
    wa = [w.lower() for w in words(a)]
    wb = [w.lower() for w in words(b)]
    ga = {tuple(wa[i:i + n]) for i in range(len(wa) - n + 1)}
    gb = {tuple(wb[i:i + n]) for i in range(len(wb) - n + 1)}
    return len(ga & gb) / max(1, len(ga))


def build_record(idx, c):
    rid = "s%d-%03d" % (N, idx)
    ref, cand = c["reference"], c["candidate"]
    what = rid
    if c["domain"] not in DOMAINS:
        raise Invalid("%s: unknown domain %r" % (what, c["domain"]))
    if c["mode"] not in MODES:
        raise Invalid("%s: bad mode" % what)
    if c["label"] not in LABELS:
        raise Invalid("%s: bad label" % what)
    nw = len(words(ref))
    if not 70 <= nw <= 190:
        raise Invalid("%s: reference has %d words" % (what, nw))
    if ref == cand:
        raise Invalid("%s: candidate identical to reference" % what)
    if c["mode"] == "summary":
        if len(cand) >= len(ref) or len(words(cand)) >= nw:
            raise Invalid("%s: summary not shorter than reference" % what)
    for s, nm in ((ref, "reference"), (cand, "candidate")):
        if s != s.strip() or "  " in s or '"' in s:
            raise Invalid("%s: %s has stray whitespace or double quotes" % (what, nm))

    errors = []
    for e in c["errors"]:
        t = e["type"]
        ew = "%s error %r" % (what, e["text"] or e["ref_text"])
        if t not in TYPES:
            raise Invalid("%s: bad type %r" % (ew, t))
        if e["severity"] not in SEVERITIES:
            raise Invalid("%s: bad severity" % ew)
        if t in ("addition", "repetition"):
            if e["ref_text"] is not None:
                raise Invalid("%s: ref_text must be null" % ew)
        else:
            if not e["ref_text"] or e["ref_text"] not in ref:
                raise Invalid("%s: ref_text not in reference" % ew)
        if t == "omission":
            if c["mode"] == "summary":
                raise Invalid("%s: omission in a summary" % ew)
            if e["ref_text"].lower() in cand.lower():
                raise Invalid("%s: omitted words present in candidate" % ew)
            if (e.get("after") is None) == (e.get("before") is None):
                raise Invalid("%s: give exactly one of after/before" % ew)
            if e.get("after") is not None:
                pos = find_occ(cand, e["after"], e.get("occ"), ew) + len(e["after"])
            else:
                pos = find_occ(cand, e["before"], e.get("occ"), ew)
            if 0 < pos < len(cand) and is_word_char(cand[pos - 1]) and is_word_char(cand[pos]):
                raise Invalid("%s: omission point inside a word" % ew)
            start = end = pos
            text = ""
        else:
            text = e["text"]
            if not text or text != text.strip():
                raise Invalid("%s: empty or padded span" % ew)
            start = find_occ(cand, text, e.get("occ"), ew)
            end = start + len(text)
            check_boundaries(cand, start, end, ew)
            if e["ref_text"] is not None and text == e["ref_text"]:
                raise Invalid("%s: span equals its ref_text" % ew)
            if t == "repetition":
                earlier = cand.lower().find(text.lower())
                if earlier == -1 or earlier + len(text) > start:
                    raise Invalid("%s: repetition has no earlier copy" % ew)
        errors.append({"start": start, "end": end, "text": text, "type": t,
                       "severity": e["severity"], "ref_text": e["ref_text"]})

    traps = []
    for tr in c["traps"]:
        tw = "%s trap %r" % (what, tr["text"])
        if tr["ref_text"] not in ref:
            raise Invalid("%s: ref_text not in reference" % tw)
        if tr["text"] == tr["ref_text"] or tr["text"] in ref:
            raise Invalid("%s: trap wording not different from reference" % tw)
        start = find_occ(cand, tr["text"], tr.get("occ"), tw)
        end = start + len(tr["text"])
        check_boundaries(cand, start, end, tw)
        traps.append({"start": start, "end": end, "text": tr["text"], "ref_text": tr["ref_text"]})

    # labels and counts
    if (c["label"] == "consistent") != (not errors):
        raise Invalid("%s: label does not match errors" % what)
    if c["label"] == "consistent" and not 3 <= len(traps) <= 5:
        raise Invalid("%s: consistent pair needs 3-5 traps" % what)
    if c["label"] == "inconsistent":
        if not 0 <= len(traps) <= 3:
            raise Invalid("%s: inconsistent pair needs 0-3 traps" % what)
        if not 1 <= len(errors) <= 2:
            raise Invalid("%s: inconsistent pair needs 1-2 errors" % what)

    # no overlaps among spans; omission points must not fall inside a span
    spans = sorted([(x["start"], x["end"]) for x in errors + traps])
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        if s2 < e1 or (s1, e1) == (s2, e2):
            raise Invalid("%s: overlapping spans %r %r" % (what, (s1, e1), (s2, e2)))
    for x in errors:
        if x["start"] == x["end"]:
            for y in errors + traps:
                if y is not x and y["start"] < x["start"] < y["end"]:
                    raise Invalid("%s: omission point inside a span" % what)

    for x in errors + traps:
        if cand[x["start"]:x["end"]] != x["text"]:
            raise Invalid("%s: offset mismatch" % what)

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": rid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
            "candidate": cand, "label": c["label"], "errors": errors, "traps": traps}


def build():
    cases = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    if len(cases) != 40:
        raise Invalid("expected 40 cases, got %d" % len(cases))
    recs = [build_record(i + 1, c) for i, c in enumerate(cases)]

    doms = [r["domain"] for r in recs]
    if len(set(doms)) != len(doms) or set(doms) != set(DOMAINS):
        raise Invalid("domains must be the 40 listed, each once")
    ml = Counter((r["mode"], r["label"]) for r in recs)
    if dict(ml) != EXPECT_MODE_LABEL:
        raise Invalid("mode/label composition wrong: %r" % dict(ml))
    types = Counter(e["type"] for r in recs for e in r["errors"])
    if sum(types.values()) != EXPECT_ERRORS:
        raise Invalid("expected %d errors, got %d" % (EXPECT_ERRORS, sum(types.values())))
    for t in TYPES:
        if types[t] < 2:
            raise Invalid("type %s has %d errors (<2)" % (t, types[t]))
    # translations must be worded differently throughout
    for r in recs:
        ov = ngram_overlap(r["candidate"], r["reference"])
        limit = 0.25 if r["mode"] == "translation" else 0.6
        if ov > limit:
            raise Invalid("%s: 4-gram overlap %.2f too high for %s" % (r["id"], ov, r["mode"]))
    return recs


def report(recs):
    ml = Counter((r["mode"], r["label"]) for r in recs)
    types = Counter(e["type"] for r in recs for e in r["errors"])
    sev = Counter(e["severity"] for r in recs for e in r["errors"])
    tr_c = sum(len(r["traps"]) for r in recs if r["label"] == "consistent")
    tr_i = sum(len(r["traps"]) for r in recs if r["label"] == "inconsistent")
    print("pairs: %d" % len(recs))
    for m in MODES:
        print("  %-11s consistent %2d  inconsistent %2d" % (m, ml[(m, "consistent")], ml[(m, "inconsistent")]))
    print("errors: %d  %s" % (sum(types.values()), ", ".join("%s %d" % (t, types[t]) for t in TYPES)))
    print("severity: %s" % ", ".join("%s %d" % (s, sev[s]) for s in SEVERITIES))
    print("traps: %d (consistent %d, inconsistent %d)" % (tr_c + tr_i, tr_c, tr_i))
    wc = [len(words(r["reference"])) for r in recs]
    print("reference words: min %d, max %d" % (min(wc), max(wc)))


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        recs = build()
    except Invalid as exc:
        print("INVALID: %s" % exc, file=sys.stderr)
        return 1
    report(recs)
    if check_only:
        print("check OK (nothing written)")
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
