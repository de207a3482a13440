#!/usr/bin/env python3
"""Build held-out evaluation set 158 for the fact-comparison tool.

How it was made
---------------
Every reference/candidate pair was hand-written in English by a helper
session that saw no code, data or benchmark of the project, working only from
a written brief.  All people, companies, organisations, places and figures are
invented (real countries, currencies and cities appear only as background).
The cases live as Python data in parts158/p1.py ... p4.py (ten pairs each,
constructors in parts158/_helpers.py).  No offset is typed by hand: every
span is located by string search (with an occurrence index where the quoted
text repeats), then everything is validated before /work/heldout/set158.jsonl
is written.  `python3 make_set158.py --check` validates only and writes
nothing.

Composition (40 pairs, one domain each)
---------------------------------------
* modes: 20 rewrite (10 consistent / 10 inconsistent),
         10 summary (5 / 5), 10 translation (5 / 5);
  labels: 20 consistent, 20 inconsistent.
* 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with
  two): entity 2, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 2, event 3, omission 3 (rewrite/translation only),
  addition 2, repetition 2.
* 143 traps (faithful rewordings a naive checker might flag): 3-5 in every
  consistent pair (97), 1-3 in every inconsistent pair (46).
* References are 70-190 words in news/agency/corporate/official register;
  summaries are shorter than their references; translation pairs are two
  independent English renderings of one imagined non-English story.

Record format: one JSON object per line with id, domain, mode, reference,
candidate, label, errors[{start,end,text,type,severity,ref_text}],
traps[{start,end,text,ref_text}]; offsets are Python str offsets into the
candidate, [start, end).
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts158 import p1, p2, p3, p4  # noqa: E402

N = 158
OUT = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "medieval coin hoard", "gas boiler ban", "cocoa cooperative payment",
    "fairground ride inspection", "accordion factory revival",
    "clog making workshop", "oil refinery strike",
    "pipeline leak compensation", "breakwater extension",
    "ferry terminal upgrade", "prison library closure", "goose cull row",
    "beekeeper court case", "cliff path closure",
    "shipyard apprentice intake", "ice rink refurbishment",
    "canal towpath closure", "pedestrian crossing death",
    "button factory anniversary", "toll bridge buyout",
    "tenants union rent strike", "boathouse fire",
    "river pollution prosecution", "fire hydrant failures", "peatland fire",
    "rabbit plague", "lottery grant refusal", "cable car fare rise",
    "tollgate fraud", "bus station redevelopment", "jetty collapse",
    "trout farm pollution", "bridge painting contract",
    "cocktail bar licence", "lace museum grant", "cocoa import delay",
    "waterfall access fee", "pilgrimage route signage",
    "emergency dentist shortage", "fossil auction halted",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}
LABELS = {"consistent", "inconsistent"}


class Invalid(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Invalid(msg)


def words(s):
    return re.findall(r"\S+", s)


def find_nth(hay, needle, occ, what):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise Invalid("%s: occurrence %d of %r not found" % (what, occ, needle))
    return pos


def is_word_char(c):
    return c.isalnum()


def clean_edges(cand, start, end, what):
    """A span must not cut a word at either edge."""
    if start > 0 and start < len(cand):
        check(not (is_word_char(cand[start - 1]) and is_word_char(cand[start])),
              "%s: span start cuts a word at %d" % (what, start))
    if end > 0 and end < len(cand):
        check(not (is_word_char(cand[end - 1]) and is_word_char(cand[end])),
              "%s: span end cuts a word at %d" % (what, end))


def build_record(idx, case):
    rid = "s%d-%03d" % (N, idx)
    ref, cand = case["reference"], case["candidate"]
    mode, label = case["mode"], case["label"]
    check(mode in MODES, "%s: bad mode" % rid)
    check(label in LABELS, "%s: bad label" % rid)
    check(case["domain"] in DOMAINS, "%s: unknown domain %r" % (rid, case["domain"]))
    nref = len(words(ref))
    check(70 <= nref <= 190, "%s: reference has %d words" % (rid, nref))
    check(ref != cand, "%s: candidate identical to reference" % rid)
    if mode == "summary":
        check(len(words(cand)) < nref and len(cand) < len(ref),
              "%s: summary not shorter than reference" % rid)
    for s in (ref, cand):
        check(s == s.strip() and "  " not in s, "%s: stray whitespace" % rid)

    errors, traps, spans = [], [], []
    for e in case["errors"]:
        what = "%s error %r" % (rid, e["text"] or e["ref_text"])
        check(e["type"] in TYPES, "%s: bad type" % what)
        check(e["severity"] in SEVERITIES, "%s: bad severity" % what)
        if e["kind"] == "omission":
            check(mode in ("rewrite", "translation"), "%s: omission in %s" % (what, mode))
            pos = find_nth(cand, e["after"], e["occ"], what) + len(e["after"])
            start = end = pos
            check(e["ref_text"] and e["ref_text"] in ref, "%s: ref_text not in reference" % what)
            check(e["ref_text"].lower() not in cand.lower(), "%s: omitted words present in candidate" % what)
        else:
            check(e["type"] != "omission", "%s: omission given as span" % what)
            text = e["text"]
            check(text and text == text.strip(), "%s: empty or padded span" % what)
            start = find_nth(cand, text, e["occ"], what)
            end = start + len(text)
            if e["type"] in ("addition", "repetition"):
                check(e["ref_text"] is None, "%s: ref_text must be null" % what)
            else:
                check(e["ref_text"] and e["ref_text"] in ref, "%s: ref_text not in reference" % what)
                check(e["ref_text"] != text, "%s: span equals ref_text" % what)
            if e["type"] == "repetition":
                check(text in cand[:start], "%s: no earlier copy" % what)
            if e["type"] == "addition":
                check(text not in ref, "%s: added text occurs in reference" % what)
        check(cand[start:end] == e["text"], "%s: offset mismatch" % what)
        clean_edges(cand, start, end, what)
        errors.append({"start": start, "end": end, "text": e["text"], "type": e["type"],
                       "severity": e["severity"], "ref_text": e["ref_text"]})
        spans.append((start, end, what))
    for t in case["traps"]:
        what = "%s trap %r" % (rid, t["text"])
        text = t["text"]
        check(text and text == text.strip(), "%s: empty or padded" % what)
        check(t["ref_text"] and t["ref_text"] in ref, "%s: ref_text not in reference" % what)
        check(text != t["ref_text"], "%s: trap not reworded" % what)
        start = find_nth(cand, text, t["occ"], what)
        end = start + len(text)
        clean_edges(cand, start, end, what)
        traps.append({"start": start, "end": end, "text": text, "ref_text": t["ref_text"]})
        spans.append((start, end, what))

    # no overlaps (an empty omission point may not sit strictly inside a span)
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a, b = spans[i], spans[j]
            if a[0] == a[1] or b[0] == b[1]:
                p, other = (a, b) if a[0] == a[1] else (b, a)
                check(not (other[0] < p[0] < other[1]), "%s overlaps %s" % (a[2], b[2]))
            else:
                check(a[1] <= b[0] or b[1] <= a[0], "%s overlaps %s" % (a[2], b[2]))

    if label == "consistent":
        check(not errors, "%s: consistent pair with errors" % rid)
        check(3 <= len(traps) <= 5, "%s: consistent pair needs 3-5 traps" % rid)
    else:
        check(1 <= len(errors) <= 3, "%s: inconsistent pair needs 1-3 errors" % rid)
        check(0 <= len(traps) <= 3, "%s: inconsistent pair allows 0-3 traps" % rid)

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": rid, "domain": case["domain"], "mode": mode,
            "reference": ref, "candidate": cand, "label": label,
            "errors": errors, "traps": traps}


def build():
    cases = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    check(len(cases) == 40, "expected 40 pairs, got %d" % len(cases))
    records = [build_record(i + 1, c) for i, c in enumerate(cases)]

    doms = [r["domain"] for r in records]
    check(len(set(doms)) == 40 and set(doms) == set(DOMAINS), "domains not one each")
    ml = Counter((r["mode"], r["label"]) for r in records)
    for mode, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for label in LABELS:
            check(ml[(mode, label)] == n, "expected %d %s/%s, got %d" % (n, mode, label, ml[(mode, label)]))
    types = Counter(e["type"] for r in records for e in r["errors"])
    check(sum(types.values()) == 30, "expected 30 errors, got %d" % sum(types.values()))
    for t in TYPES:
        check(types[t] >= 2, "type %s has %d errors" % (t, types[t]))
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    check(per_pair[1] + per_pair[2] >= 15, "most inconsistent pairs should have 1-2 errors")
    return records, ml, types


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        records, ml, types = build()
    except Invalid as exc:
        print("INVALID: %s" % exc, file=sys.stderr)
        return 1
    ntraps_c = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    ntraps_i = sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")
    print("pairs: %d  %s" % (len(records), dict(sorted(ml.items()))))
    print("errors: %d  %s" % (sum(types.values()), {t: types[t] for t in TYPES}))
    print("traps: %d (consistent %d, inconsistent %d)" % (ntraps_c + ntraps_i, ntraps_c, ntraps_i))
    if check_only:
        print("check ok; nothing written")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
