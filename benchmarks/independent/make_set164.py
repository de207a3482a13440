#!/usr/bin/env python3
"""Build held-out evaluation set 164 (N = 164) for the fact-comparison tool.

How it was made
---------------
Every pair was hand-written by a helper session that saw no code or data of the
project (and no existing benchmark), working only from a written brief.  All
people, companies, organisations, places and figures are invented; real
countries appear at most as background.  The case texts live as Python data in
parts164/ (rewrite.py, summary.py, translation.py); spans are given as quoted
text (plus an occurrence index where the text repeats) and this script
computes every character offset by string search, validates the whole set and
writes set164.jsonl next to this file.

    python3 make_set164.py            # validate and write set164.jsonl
    python3 make_set164.py --check    # validate only, write nothing

Composition
-----------
40 pairs, one domain each (40 different domains), news / agency / corporate /
official register, references 70-190 words.
  * 20 consistent, 20 inconsistent
  * 20 rewrites (10 consistent / 10 inconsistent), 10 summaries (5 / 5),
    10 translations (5 / 5; both texts are independent English translations
    of the same imagined non-English story)
  * 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with
    two): entity 3, number 3, date 3, role 3, polarity 3, modality 3,
    attribution 3, event 3, omission 2, addition 2, repetition 2
    (omissions only in rewrite/translation pairs)
  * every consistent pair carries 3-5 traps (faithful rewordings a naive
    checker might flag); inconsistent pairs carry 0-3 traps.

Record format (one JSON object per line)
----------------------------------------
{"id", "domain", "mode", "reference", "candidate", "label",
 "errors": [{"start", "end", "text", "type", "severity", "ref_text"}],
 "traps":  [{"start", "end", "text", "ref_text"}]}
Offsets are Python str offsets into `candidate`, [start, end).  Omissions are
zero-width (start == end, text "") at the point where the missing words
belong; ref_text holds those words.  Additions and repetitions have
ref_text null; a repetition span is the later copy of earlier candidate text.
"""

import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts164 import rewrite, summary, translation  # noqa: E402

N = 164
OUT = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "artificial reef sinking", "shortwave station closure", "letterbox painted gold",
    "long jump record ratification", "porpoise bycatch", "ferry booking system crash",
    "banjo maker workshop", "bee hotel installation", "hearing aid battery recall",
    "ski instructor visa", "verge mowing reduction", "cold war radar station",
    "school playing field sale", "telegraph pole replacement", "starfish wasting disease",
    "box tree caterpillar", "tea room licence", "landslide warning system",
    "hailstone record size", "lobster size limit", "stunt double union",
    "glacier ice core archive fire", "wolf attack livestock", "fire lookout camera network",
    "historic pub listing", "wildflower meadow planting", "peregrine falcon cathedral",
    "morse code operator reunion", "city rat population", "herring fleet decline",
    "railway crossing keeper", "subtitle error complaint", "vintage tractor rally",
    "coin design unveiling", "parachute regiment freedom parade", "sea fort sale",
    "battleship museum repairs", "goods yard redevelopment", "brewery pub estate sale",
    "noise map publication",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}


class Invalid(Exception):
    pass


def words(s):
    return re.findall(r"[A-Za-z0-9\u00c0-\u024f\u00a3$%'.,-]+", s)


def nth_find(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def check_boundaries(cand, start, end, what):
    """The span must not cut a word at either end."""
    if start > 0 and start < len(cand) and cand[start].isalnum() and cand[start - 1].isalnum():
        raise Invalid("%s starts inside a word at %d" % (what, start))
    if end > 0 and end < len(cand) and cand[end - 1].isalnum() and cand[end].isalnum():
        raise Invalid("%s ends inside a word at %d" % (what, end))


def locate(cand, text, occ, what):
    pos = nth_find(cand, text, occ)
    if pos < 0:
        raise Invalid("%s: text %r (occurrence %d) not found in candidate" % (what, text, occ))
    return pos, pos + len(text)


def build_record(idx, case):
    cid = "s%d-%03d" % (N, idx)
    ref, cand = case["reference"], case["candidate"]
    mode, label = case["mode"], case["label"]
    if mode not in MODES:
        raise Invalid("%s: bad mode %r" % (cid, mode))
    if label not in ("consistent", "inconsistent"):
        raise Invalid("%s: bad label %r" % (cid, label))
    if "\n" in ref or "\n" in cand:
        raise Invalid("%s: newline in text" % cid)

    nref = len(words(ref))
    if not 70 <= nref <= 190:
        raise Invalid("%s: reference has %d words (need 70-190)" % (cid, nref))
    if mode == "summary":
        if len(words(cand)) >= nref or len(cand) >= len(ref):
            raise Invalid("%s: summary not shorter than reference" % cid)

    errors = []
    for k, e in enumerate(case["errors"]):
        what = "%s error %d (%s)" % (cid, k, e["type"])
        t = e["type"]
        if t not in ERROR_TYPES:
            raise Invalid("%s: unknown type" % what)
        if e["severity"] not in SEVERITIES:
            raise Invalid("%s: bad severity" % what)
        if t == "omission":
            if mode == "summary":
                raise Invalid("%s: omission in a summary" % what)
            if e["text"] != "":
                raise Invalid("%s: omission text must be empty" % what)
            anchor = e["after"] if e["after"] is not None else e["before"]
            if anchor is None:
                raise Invalid("%s: omission needs an anchor" % what)
            a0, a1 = locate(cand, anchor, e["occ"], what)
            start = end = a1 if e["after"] is not None else a0
            if not e["ref_text"] or e["ref_text"] not in ref:
                raise Invalid("%s: ref_text not in reference" % what)
            if e["ref_text"].lower() in cand.lower():
                raise Invalid("%s: omitted words still present in candidate" % what)
            check_boundaries(cand, start, end, what)
            if 0 < start < len(cand) and cand[start - 1].isalnum() and cand[start].isalnum():
                raise Invalid("%s: omission point inside a word" % what)
        else:
            if not e["text"]:
                raise Invalid("%s: empty span" % what)
            start, end = locate(cand, e["text"], e["occ"], what)
            check_boundaries(cand, start, end, what)
            if t in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    raise Invalid("%s: ref_text must be null" % what)
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    raise Invalid("%s: ref_text %r not in reference" % (what, e["ref_text"]))
                if e["ref_text"] == e["text"]:
                    raise Invalid("%s: span identical to ref_text" % what)
            if t == "repetition":
                first = cand.find(e["text"])
                if first < 0 or first + len(e["text"]) > start:
                    raise Invalid("%s: no earlier copy in candidate" % what)
            if t == "addition" and e["text"] in ref:
                raise Invalid("%s: added text occurs in reference" % what)
        errors.append({"start": start, "end": end, "text": cand[start:end], "type": t,
                       "severity": e["severity"], "ref_text": e["ref_text"]})

    traps = []
    for k, tr in enumerate(case["traps"]):
        what = "%s trap %d" % (cid, k)
        start, end = locate(cand, tr["text"], tr["occ"], what)
        check_boundaries(cand, start, end, what)
        if tr["ref_text"] not in ref:
            raise Invalid("%s: ref_text %r not in reference" % (what, tr["ref_text"]))
        if tr["ref_text"] == tr["text"]:
            raise Invalid("%s: trap identical to reference wording" % what)
        traps.append({"start": start, "end": end, "text": cand[start:end], "ref_text": tr["ref_text"]})

    # label / count rules
    if label == "consistent":
        if errors:
            raise Invalid("%s: consistent pair with errors" % cid)
        if not 3 <= len(traps) <= 5:
            raise Invalid("%s: consistent pair needs 3-5 traps (has %d)" % (cid, len(traps)))
    else:
        if not errors:
            raise Invalid("%s: inconsistent pair without errors" % cid)
        if len(traps) > 3:
            raise Invalid("%s: inconsistent pair has %d traps (max 3)" % (cid, len(traps)))

    # no overlaps between any spans; zero-width points not strictly inside a span
    spans = [(s["start"], s["end"], "error") for s in errors] + [(s["start"], s["end"], "trap") for s in traps]
    wide = sorted((a, b) for a, b, _ in spans if b > a)
    for (a1, b1), (a2, b2) in zip(wide, wide[1:]):
        if a2 < b1:
            raise Invalid("%s: overlapping spans [%d,%d) and [%d,%d)" % (cid, a1, b1, a2, b2))
    for a, b, _ in spans:
        if a == b:
            for c, d in wide:
                if c < a < d:
                    raise Invalid("%s: omission point inside span [%d,%d)" % (cid, c, d))

    errors.sort(key=lambda s: (s["start"], s["end"]))
    traps.sort(key=lambda s: (s["start"], s["end"]))
    return {"id": cid, "domain": case["domain"], "mode": mode, "reference": ref,
            "candidate": cand, "label": label, "errors": errors, "traps": traps}


def longest_shared_run(a, b):
    """Longest run of identical consecutive (lower-cased) words."""
    wa = [w.lower().strip(".,;:'") for w in a.split()]
    wb = [w.lower().strip(".,;:'") for w in b.split()]
    best = 0
    prev = [0] * (len(wb) + 1)
    for i in range(1, len(wa) + 1):
        cur = [0] * (len(wb) + 1)
        for j in range(1, len(wb) + 1):
            if wa[i - 1] == wb[j - 1]:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def build():
    cases = rewrite.CASES + summary.CASES + translation.CASES
    by_domain = {}
    for c in cases:
        if c["domain"] not in DOMAINS:
            raise Invalid("unknown domain %r" % c["domain"])
        if c["domain"] in by_domain:
            raise Invalid("duplicate domain %r" % c["domain"])
        by_domain[c["domain"]] = c
    if len(by_domain) != len(DOMAINS):
        raise Invalid("missing domains: %s" % sorted(set(DOMAINS) - set(by_domain)))

    records = [build_record(i + 1, by_domain[d]) for i, d in enumerate(DOMAINS)]

    # composition
    if len(records) != 40:
        raise Invalid("need 40 pairs")
    lab = Counter(r["label"] for r in records)
    if lab["consistent"] != 20 or lab["inconsistent"] != 20:
        raise Invalid("label split %s" % dict(lab))
    ml = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(ml) != want:
        raise Invalid("mode/label split %s" % dict(ml))
    etypes = Counter(e["type"] for r in records for e in r["errors"])
    if sum(etypes.values()) != 30:
        raise Invalid("need 30 errors, have %d" % sum(etypes.values()))
    for t in ERROR_TYPES:
        if etypes[t] < 2:
            raise Invalid("error type %s has only %d" % (t, etypes[t]))
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        raise Invalid("duplicate ids")
    return records


def report(records):
    lab = Counter(r["label"] for r in records)
    ml = Counter((r["mode"], r["label"]) for r in records)
    etypes = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    nerr = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    ntraps = sum(len(r["traps"]) for r in records)
    ctraps = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    refw = [len(words(r["reference"])) for r in records]
    print("pairs: %d  labels: %s" % (len(records), dict(lab)))
    print("mode x label: %s" % {"%s/%s" % k: v for k, v in sorted(ml.items())})
    print("errors: %d  by type: %s" % (sum(etypes.values()), {t: etypes[t] for t in ERROR_TYPES}))
    print("errors by severity: %s" % dict(sev))
    print("errors per inconsistent pair: %s" % dict(sorted(nerr.items())))
    print("traps: %d (consistent pairs %d, inconsistent pairs %d)" % (ntraps, ctraps, ntraps - ctraps))
    print("reference words: min %d max %d mean %.1f" % (min(refw), max(refw), sum(refw) / len(refw)))
    runs = [longest_shared_run(r["reference"], r["candidate"]) for r in records if r["mode"] == "translation"]
    print("translation pairs, longest shared word run: max %d" % max(runs))


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        records = build()
    except Invalid as exc:
        print("INVALID: %s" % exc, file=sys.stderr)
        return 1
    report(records)
    if check_only:
        print("check OK (nothing written)")
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
