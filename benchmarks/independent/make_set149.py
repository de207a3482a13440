#!/usr/bin/env python3
"""set149: 40 hand-written English reference/candidate pairs for evaluating a
fact-comparison tool.

How it was made: every pair was written by hand by a helper that saw no code or
data of the project, working only from a written brief. All people, companies,
organisations, places and figures are invented (real countries, if any, appear
only as background). No offsets are typed by hand: spans are quoted text (with
an occurrence index where the text repeats) and are located by string search
here, then validated.

Composition (N = 149):
  * 40 pairs, each from a different domain; 20 consistent, 20 inconsistent.
  * Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
    10 translation (5 / 5; both texts are independent English renderings of
    the same notional non-English story).
  * 30 annotated errors in the 20 inconsistent pairs (10 pairs with one error,
    10 with two): entity 3, number 4, date 3, role 3, polarity 3, modality 3,
    attribution 2, event 3, omission 2 (rewrite/translation only), addition 2,
    repetition 2.
  * Traps (faithful rewordings a naive checker might flag): 3-5 in every
    consistent pair, 0-3 in inconsistent pairs.
  * References are 70-190 words in news/agency/corporate/official register;
    summaries are shorter than their references.

Cases live in parts149/p1.py ... p4.py (p1, p2 rewrites; p3 summaries;
p4 translations). Output: set149.jsonl next to this script, in a fixed shuffled
order. `python3 make_set149.py --check` validates only and writes nothing.
"""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts149 import p1, p2, p3, p4  # noqa: E402

N = 149
OUT = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "nuclear plant inspection", "county fair", "pedestrian zone extension",
    "oyster farm licence", "rice paddy drought", "tourist tax revenue",
    "new year celebrations", "rocket engine test", "art gallery theft",
    "gas pipeline leak", "luggage handling delays", "landfill gas leak",
    "dog show judge", "poetry reading series", "magazine relaunch",
    "bike lane protest", "farmers market expansion", "wheat export ban",
    "power grid blackout", "comet observation event", "wind farm approval",
    "sculpture unveiling", "medical school places", "soup kitchen volunteers",
    "marathon charity total", "veterans parade", "antique auction record",
    "bear sighting warning", "public sauna opening", "storm drain blockage",
    "hospital ward closure", "gymnasium fire", "corruption trial verdict",
    "doctor strike ballot", "firewood shortage", "television channel merger",
    "bus fare freeze", "organic farm certification", "monastery sale",
    "hydroelectric dam upgrade",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}


class Invalid(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Invalid(msg)


def nth(hay, needle, occ, what):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        check(pos >= 0, "%s: %r (occurrence %d) not found" % (what, needle, occ))
    return pos


def isw(ch):
    return ch.isalnum()


def whole_words(s, start, end, what):
    check(start == 0 or not (isw(s[start - 1]) and isw(s[start])),
          "%s: span start cuts a word" % what)
    check(end == len(s) or not (isw(s[end - 1]) and isw(s[end])),
          "%s: span end cuts a word" % what)
    if end > start:
        check(s[start:end] == s[start:end].strip(),
              "%s: span has outer whitespace" % what)


def resolve(raw, idx):
    cid = "s%d-%03d" % (N, idx)
    ref, cand, mode = raw["reference"], raw["candidate"], raw["mode"]
    check(mode in MODES, "%s: bad mode" % cid)
    check(raw["domain"] in DOMAINS, "%s: unknown domain %r" % (cid, raw["domain"]))
    nref = len(ref.split())
    check(70 <= nref <= 190, "%s: reference has %d words" % (cid, nref))
    if mode == "summary":
        check(len(cand.split()) < nref and len(cand) < len(ref),
              "%s: summary not shorter than reference" % cid)
    check(ref != cand, "%s: identical texts" % cid)

    errors = []
    for e in raw["errors"]:
        what = "%s error %r" % (cid, e["text"] or e["ref_text"])
        check(e["type"] in TYPES, what + ": bad type")
        check(e["severity"] in SEVERITIES, what + ": bad severity")
        if e["type"] == "omission":
            check(mode != "summary", what + ": omission in summary")
            anchor = e["after"] if e["after"] is not None else e["before"]
            p = nth(cand, anchor, e["occ"], what + " anchor")
            start = end = p + len(anchor) if e["after"] is not None else p
            check(e["ref_text"] and e["ref_text"] in ref,
                  what + ": omitted words not in reference")
            check(e["ref_text"].lower() not in cand.lower(),
                  what + ": omitted words present in candidate")
        else:
            check(e["text"], what + ": empty span")
            start = nth(cand, e["text"], e["occ"], what)
            end = start + len(e["text"])
            if e["type"] in ("addition", "repetition"):
                check(e["ref_text"] is None, what + ": ref_text must be null")
            else:
                check(e["ref_text"] and e["ref_text"] in ref,
                      what + ": ref_text not in reference")
                check(e["ref_text"] != e["text"], what + ": span equals ref_text")
            if e["type"] == "repetition":
                check(cand.find(e["text"]) < start,
                      what + ": no earlier copy in candidate")
        whole_words(cand, start, end, what)
        check(cand[start:end] == e["text"], what + ": offset mismatch")
        errors.append({"start": start, "end": end, "text": e["text"],
                       "type": e["type"], "severity": e["severity"],
                       "ref_text": e["ref_text"]})

    traps = []
    for t in raw["traps"]:
        what = "%s trap %r" % (cid, t["text"])
        check(t["text"], what + ": empty")
        start = nth(cand, t["text"], t["occ"], what)
        end = start + len(t["text"])
        whole_words(cand, start, end, what)
        check(t["ref_text"] in ref, what + ": ref_text not in reference")
        check(t["ref_text"] != t["text"], what + ": not reworded")
        traps.append({"start": start, "end": end, "text": t["text"],
                      "ref_text": t["ref_text"]})

    spans = sorted([(x["start"], x["end"]) for x in errors + traps])
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        check(e1 <= s2 and not (s1 == s2 == e1 == e2),
              "%s: overlapping spans at %d-%d / %d-%d" % (cid, s1, e1, s2, e2))
        check(not (s2 < e1) and not (s1 < s2 < e1), "%s: overlap" % cid)
    for x in errors:
        if x["start"] == x["end"]:
            for t in traps:
                check(not (t["start"] < x["start"] < t["end"]),
                      "%s: omission point inside a trap" % cid)

    label = "inconsistent" if errors else "consistent"
    if label == "consistent":
        check(3 <= len(traps) <= 5, "%s: consistent pair needs 3-5 traps" % cid)
    else:
        check(len(traps) <= 3, "%s: inconsistent pair has >3 traps" % cid)
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return collections.OrderedDict([
        ("id", cid), ("domain", raw["domain"]), ("mode", mode),
        ("reference", ref), ("candidate", cand), ("label", label),
        ("errors", errors), ("traps", traps)])


def build():
    raws = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    order = list(range(len(raws)))
    random.Random(N).shuffle(order)
    recs = [resolve(raws[j], i + 1) for i, j in enumerate(order)]

    check(len(recs) == 40, "expected 40 pairs, got %d" % len(recs))
    check(sorted(r["domain"] for r in recs) == sorted(DOMAINS),
          "domains must be the 40 listed, each once")
    ml = collections.Counter((r["mode"], r["label"]) for r in recs)
    for mode, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for label in ("consistent", "inconsistent"):
            check(ml[(mode, label)] == n, "need %d %s %s, got %d"
                  % (n, mode, label, ml[(mode, label)]))
    types = collections.Counter(e["type"] for r in recs for e in r["errors"])
    check(sum(types.values()) == 30, "need 30 errors, got %d" % sum(types.values()))
    for t in TYPES:
        check(types[t] >= 2, "type %s has %d errors (<2)" % (t, types[t]))
    per = collections.Counter(len(r["errors"]) for r in recs if r["errors"])
    check(per[1] + per[2] >= 15, "most inconsistent pairs should have 1-2 errors")
    return recs


def summary(recs):
    ml = collections.Counter((r["mode"], r["label"]) for r in recs)
    types = collections.Counter(e["type"] for r in recs for e in r["errors"])
    sev = collections.Counter(e["severity"] for r in recs for e in r["errors"])
    traps_c = sum(len(r["traps"]) for r in recs if r["label"] == "consistent")
    traps_i = sum(len(r["traps"]) for r in recs if r["label"] == "inconsistent")
    lines = ["pairs: %d" % len(recs)]
    for (m, l), n in sorted(ml.items()):
        lines.append("  %-11s %-12s %d" % (m, l, n))
    lines.append("errors: %d  %s" % (sum(types.values()),
                 ", ".join("%s %d" % (t, types[t]) for t in TYPES)))
    lines.append("severity: %s" % dict(sorted(sev.items())))
    lines.append("traps: %d (consistent %d, inconsistent %d)"
                 % (traps_c + traps_i, traps_c, traps_i))
    return "\n".join(lines)


def main():
    try:
        recs = build()
    except Invalid as exc:
        print("INVALID:", exc, file=sys.stderr)
        return 1
    print(summary(recs))
    if "--check" in sys.argv[1:]:
        print("valid (nothing written)")
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
