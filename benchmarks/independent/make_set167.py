#!/usr/bin/env python3
"""Build held-out evaluation set 167 for a fact-comparison tool.

How the set was made
--------------------
Every pair was hand-written by a helper that saw no code or data of the
project (and no existing benchmark), working only from a written brief.  All
people, companies, organisations, places and figures are invented; real
countries appear only as background.  References are short news / agency /
corporate / official items (70-190 words).  Candidates are professional
rewrites, shorter summaries, or - for translation pairs - a second,
independent English translation of the same imagined non-English story.

Errors imitate what real rewriters, summarisers, LLMs and machine translators
get wrong (a successor/predecessor swap, a miles->kilometres slip, "71%" turned
into "more than three-quarters", a dropped condition, a hedge hardened into a
certainty, a quote moved to the wrong speaker, a looping MT repetition, ...).
Traps are faithful rewordings a naive checker might flag (fractions for
percentages, "fewer than twenty" / "no more than nineteen", "in under a day"
for "in less than 24 hours", passive/active changes, names replaced by roles).

No offsets are typed by hand: case data live in parts167/ as quoted span texts
(with an occurrence index where a text repeats); this script finds every
offset by string search, validates the whole set and writes set167.jsonl.

Composition
-----------
40 pairs, 40 different domains; 20 consistent / 20 inconsistent.
  rewrite      20 (10 consistent, 10 inconsistent)
  summary      10 ( 5 consistent,  5 inconsistent)
  translation  10 ( 5 consistent,  5 inconsistent)
30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 2, event 3, omission 2, addition 2, repetition 2
  (10 inconsistent pairs with 1 error, 10 with 2; omissions only in
  rewrite/translation pairs).
Consistent pairs carry 3-5 traps each, inconsistent pairs 1-3.

Usage:  python3 make_set167.py          validate and write set167.jsonl
        python3 make_set167.py --check  validate only, write nothing
"""

import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts167 import rewrites, summaries_translations  # noqa: E402

N = 167
OUT = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "whit walks return", "shove ha'penny league", "microburst barn collapse",
    "cat cafe hygiene rating", "community darkroom", "holy well pilgrims",
    "cartographic errors", "missing kilt pins", "rare blood donor appeal",
    "capercaillie decline", "toad crossing volunteers", "fireworks decibel cap",
    "sock darning classes", "hydroponic lettuce unit", "jai alai fronton",
    "exotic pet amnesty", "latin town motto", "retaining wall bulge",
    "passion play casting", "mine water heating scheme", "frost quake noises",
    "heather honey yield", "bus shelter mural", "locust bean flour",
    "piano hammer felt", "ironmonger closing down", "skateboard plaza curfew",
    "lantern slide discovery", "delftware tile find", "lost tortoise reunion",
    "lampworked beads", "ley line walk", "chancel repair liability",
    "queen bee imports", "geode find", "yew tree age dating",
    "fungal network signals", "sheep dip disposal", "sun pillars over town",
    "sheep scab outbreak",
]

# Output order: modes and labels interleaved (fixed, hand-chosen).
ORDER = [
    "whit walks return", "fireworks decibel cap", "passion play casting",
    "shove ha'penny league", "rare blood donor appeal", "jai alai fronton",
    "cat cafe hygiene rating", "microburst barn collapse", "mine water heating scheme",
    "capercaillie decline", "holy well pilgrims", "frost quake noises",
    "community darkroom", "exotic pet amnesty", "missing kilt pins",
    "locust bean flour", "cartographic errors", "retaining wall bulge",
    "sock darning classes", "delftware tile find", "skateboard plaza curfew",
    "toad crossing volunteers", "bus shelter mural", "piano hammer felt",
    "heather honey yield", "hydroponic lettuce unit", "lost tortoise reunion",
    "lampworked beads", "chancel repair liability", "latin town motto",
    "queen bee imports", "sun pillars over town", "ironmonger closing down",
    "lantern slide discovery", "fungal network signals", "geode find",
    "sheep scab outbreak", "ley line walk", "sheep dip disposal",
    "yew tree age dating",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}

EXPECTED_ERRORS = {"entity": 3, "number": 4, "date": 3, "role": 3,
                   "polarity": 3, "modality": 3, "attribution": 2, "event": 3,
                   "omission": 2, "addition": 2, "repetition": 2}


class Invalid(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Invalid(msg)


def find_occ(hay, needle, occ, what):
    need(needle, "%s: empty search text" % what)
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        need(pos >= 0, "%s: %r occurrence %d not found" % (what, needle, occ))
    # report ambiguity: occ=0 with several hits must be deliberate
    return pos


def count_occ(hay, needle):
    n, pos = 0, hay.find(needle)
    while pos >= 0:
        n += 1
        pos = hay.find(needle, pos + 1)
    return n


def is_word(ch):
    return ch.isalnum()


def check_boundaries(cand, start, end, what):
    if start > 0 and start < len(cand):
        need(not (is_word(cand[start - 1]) and is_word(cand[start])),
             "%s: start %d cuts a word" % (what, start))
    if end > 0 and end < len(cand):
        need(not (is_word(cand[end - 1]) and is_word(cand[end])),
             "%s: end %d cuts a word" % (what, end))


def words(s):
    return len(s.split())


def build_record(idx, c):
    rid = "s%d-%03d" % (N, idx)
    ref, cand = c["reference"], c["candidate"]
    what = "%s (%s)" % (rid, c["domain"])

    errors = []
    for e in c["errors"]:
        ew = "%s error %s" % (what, e["type"])
        if e["type"] == "omission":
            anchor = e["after"] if e["after"] is not None else e["before"]
            need(count_occ(cand, anchor) > e["occ"], "%s: anchor missing" % ew)
            if e["occ"] == 0:
                need(count_occ(cand, anchor) == 1, "%s: ambiguous anchor %r" % (ew, anchor))
            p = find_occ(cand, anchor, e["occ"], ew)
            pos = p + len(anchor) if e["after"] is not None else p
            start = end = pos
            text = ""
        else:
            text = e["text"]
            if e["occ"] == 0:
                need(count_occ(cand, text) == 1,
                     "%s: span %r occurs %d times; give occ" % (ew, text, count_occ(cand, text)))
            start = find_occ(cand, text, e["occ"], ew)
            end = start + len(text)
            need(cand[start:end] == text, "%s: offset mismatch" % ew)
        errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                       "severity": e["severity"], "ref_text": e["ref_text"]})

    traps = []
    for t in c["traps"]:
        tw = "%s trap %r" % (what, t["text"])
        if t["occ"] == 0:
            need(count_occ(cand, t["text"]) == 1,
                 "%s: occurs %d times; give occ" % (tw, count_occ(cand, t["text"])))
        start = find_occ(cand, t["text"], t["occ"], tw)
        end = start + len(t["text"])
        traps.append({"start": start, "end": end, "text": t["text"], "ref_text": t["ref_text"]})

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": rid, "domain": c["domain"], "mode": c["mode"],
            "reference": ref, "candidate": cand, "label": c["label"],
            "errors": errors, "traps": traps}


def validate_record(r):
    what = "%s (%s)" % (r["id"], r["domain"])
    ref, cand = r["reference"], r["candidate"]
    need(r["mode"] in MODES, "%s: bad mode" % what)
    need(r["label"] in {"consistent", "inconsistent"}, "%s: bad label" % what)
    need(r["domain"] in DOMAINS, "%s: domain not in list" % what)
    for s in (ref, cand):
        need(s == " ".join(s.split()), "%s: text not whitespace-normalised" % what)
    need(70 <= words(ref) <= 190, "%s: reference has %d words" % (what, words(ref)))
    need(ref != cand, "%s: candidate identical to reference" % what)
    if r["mode"] == "summary":
        need(words(cand) < words(ref) and len(cand) < len(ref),
             "%s: summary not shorter than reference" % what)
    else:
        need(words(cand) >= 50, "%s: candidate suspiciously short" % what)

    if r["label"] == "consistent":
        need(not r["errors"], "%s: consistent pair has errors" % what)
        need(3 <= len(r["traps"]) <= 5, "%s: consistent pair needs 3-5 traps" % what)
    else:
        need(1 <= len(r["errors"]) <= 2, "%s: inconsistent pair needs 1-2 errors" % what)
        need(0 <= len(r["traps"]) <= 3, "%s: inconsistent pair has >3 traps" % what)

    spans = []
    for e in r["errors"]:
        ew = "%s error %s %r" % (what, e["type"], e["text"])
        need(e["type"] in ERROR_TYPES, "%s: bad type" % ew)
        need(e["severity"] in SEVERITIES, "%s: bad severity" % ew)
        need(0 <= e["start"] <= e["end"] <= len(cand), "%s: bad offsets" % ew)
        need(cand[e["start"]:e["end"]] == e["text"], "%s: text/offset mismatch" % ew)
        check_boundaries(cand, e["start"], e["end"], ew)
        if e["type"] == "omission":
            need(r["mode"] in ("rewrite", "translation"), "%s: omission in summary" % ew)
            need(e["start"] == e["end"] and e["text"] == "", "%s: omission not zero-width" % ew)
            need(e["ref_text"] and e["ref_text"] in ref, "%s: ref_text not in reference" % ew)
            need(e["ref_text"] not in cand, "%s: omitted words present in candidate" % ew)
        else:
            need(e["end"] > e["start"], "%s: empty span" % ew)
            need(e["text"] == e["text"].strip(), "%s: span has outer whitespace" % ew)
        if e["type"] in ("addition", "repetition"):
            need(e["ref_text"] is None, "%s: ref_text must be null" % ew)
        else:
            need(isinstance(e["ref_text"], str) and e["ref_text"] in ref,
                 "%s: ref_text %r not in reference" % (ew, e["ref_text"]))
        if e["type"] == "repetition":
            need(e["text"] in cand[:e["start"]], "%s: no earlier copy" % ew)
        if e["type"] in ("entity", "number", "date", "modality", "polarity", "event"):
            need(e["text"] != e["ref_text"], "%s: span identical to ref_text" % ew)
        spans.append((e["start"], e["end"], ew))

    for t in r["traps"]:
        tw = "%s trap %r" % (what, t["text"])
        need(0 <= t["start"] < t["end"] <= len(cand), "%s: bad offsets" % tw)
        need(cand[t["start"]:t["end"]] == t["text"], "%s: text/offset mismatch" % tw)
        check_boundaries(cand, t["start"], t["end"], tw)
        need(t["ref_text"] in ref, "%s: ref_text %r not in reference" % (tw, t["ref_text"]))
        need(t["text"] != t["ref_text"], "%s: trap identical to reference wording" % tw)
        need(t["text"] not in ref, "%s: trap text occurs verbatim in reference" % tw)
        spans.append((t["start"], t["end"], tw))

    spans.sort()
    for (s1, e1, w1), (s2, e2, w2) in zip(spans, spans[1:]):
        # zero-width omission points may touch but not fall inside another span
        need(s2 >= e1 and not (s1 < s2 < e1), "overlap: %s / %s" % (w1, w2))
        if s2 == e2:
            need(not (s1 < s2 < e1), "omission point inside span: %s" % w2)


def validate_set(records):
    need(len(records) == 40, "expected 40 pairs, got %d" % len(records))
    need(len({r["id"] for r in records}) == 40, "duplicate ids")
    doms = [r["domain"] for r in records]
    need(len(set(doms)) == 40 and set(doms) == set(DOMAINS), "domains must be the 40 listed, once each")
    by = collections.Counter((r["mode"], r["label"]) for r in records)
    for mode, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for lab in ("consistent", "inconsistent"):
            need(by[(mode, lab)] == n, "expected %d %s %s, got %d" % (n, mode, lab, by[(mode, lab)]))
    types = collections.Counter(e["type"] for r in records for e in r["errors"])
    need(sum(types.values()) == 30, "expected 30 errors, got %d" % sum(types.values()))
    for t in ERROR_TYPES:
        need(types[t] >= 2, "error type %s has only %d" % (t, types[t]))
    need(dict(types) == EXPECTED_ERRORS, "error mix differs from plan: %s" % dict(types))
    return by, types


def main(argv):
    check_only = "--check" in argv
    cases = {c["domain"]: c for c in rewrites.CASES + summaries_translations.CASES}
    need(len(cases) == len(rewrites.CASES) + len(summaries_translations.CASES),
         "duplicate domain in case modules")
    need(sorted(ORDER) == sorted(DOMAINS) and sorted(cases) == sorted(DOMAINS),
         "ORDER / cases / DOMAINS mismatch")
    records = [build_record(i + 1, cases[d]) for i, d in enumerate(ORDER)]
    for r in records:
        validate_record(r)
    by, types = validate_set(records)

    ntraps = sum(len(r["traps"]) for r in records)
    print("pairs: %d  (consistent %d, inconsistent %d)" % (
        len(records), sum(r["label"] == "consistent" for r in records),
        sum(r["label"] == "inconsistent" for r in records)))
    for mode in ("rewrite", "summary", "translation"):
        print("  %-11s consistent %2d  inconsistent %2d" % (
            mode, by[(mode, "consistent")], by[(mode, "inconsistent")]))
    print("errors: %d  %s" % (sum(types.values()),
                              ", ".join("%s %d" % (t, types[t]) for t in ERROR_TYPES)))
    print("severity: %s" % dict(collections.Counter(
        e["severity"] for r in records for e in r["errors"])))
    print("traps: %d" % ntraps)
    rw = [words(r["reference"]) for r in records]
    print("reference words: min %d, max %d" % (min(rw), max(rw)))

    if check_only:
        print("check only: OK, nothing written")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except Invalid as exc:
        print("INVALID: %s" % exc, file=sys.stderr)
        sys.exit(1)
