"""Held-out evaluation set 142 for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every pair was hand-written, as Python data, by a helper session that saw no
code, data or benchmark of the project and worked only from a written brief.
All people, companies, organisations, places and figures are invented (real
countries or continents appear only as background).  Character offsets are
never typed by hand: this script finds every quoted span by string search
(with an occurrence index where a quoted text repeats), validates the whole
set and writes set142.jsonl next to itself.

    python3 make_set142.py           # validate and write set142.jsonl
    python3 make_set142.py --check   # validate only, write nothing

Composition
-----------
40 pairs, one domain each: 20 consistent / 20 inconsistent.
Modes: 20 rewrite (10/10), 10 summary (5/5), 10 translation (5/5)
(translation pairs are two independent English translations of the same
non-English story).  References are 70-190 words in news, agency, corporate
or official register; summaries are shorter than their references.
30 errors over 20 inconsistent pairs (10 pairs with one error, 10 with two):
entity 3, number 4, date 3, role 3, polarity 3, modality 3, attribution 2,
event 3, omission 2, addition 2, repetition 2.  Omissions occur only in
rewrite and translation pairs.  Severities: minor 5, major 22, critical 3.
Traps (faithful rewordings a naive checker might flag): 149 in all; each
consistent pair carries 3-5 (17 pairs with 5, 3 with 4), each inconsistent
pair 2-3.

Record format (one JSON object per line)
----------------------------------------
id, domain, mode, reference, candidate, label, errors[], traps[]; offsets are
Python str offsets into `candidate`, [start, end).  Omissions are empty spans
(start == end) whose ref_text holds the missing reference words; additions
and repetitions have ref_text null.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "parts142"))

import p1, p2, p3, p4  # noqa: E402

N = 142
OUT = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "jury trial reform", "badger cull court case", "veterinary fee inquiry",
    "coin hoard discovery", "transfer fee record", "mosquito release trial",
    "exam grading error", "solar flare warning", "rooftop garden policy",
    "science fair winner", "beach lifeguard cover", "local election count",
    "rooftop solar subsidy", "honours list", "tunnel boring progress",
    "currency devaluation", "swimming pool reopening",
    "illegal logging satellite", "hedgehog tunnel", "volleyball beach event",
    "salt reduction target", "rugby league merger", "embassy closure",
    "nuclear plant life extension", "craft beer tax", "albatross bycatch",
    "military exercise", "fencing federation funding",
    "volcano ash aviation alert", "famine warning", "olive oil fraud",
    "telescope construction delay", "drink driving campaign",
    "rhino horn trafficking", "children's hospital ward",
    "deer population cull", "bison grazing project", "eel smuggling case",
    "heatwave hospital admissions", "hockey stadium lease",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}


class Invalid(Exception):
    pass


def words(s):
    return re.findall(r"\S+", s)


def find_nth(hay, needle, occ):
    """Start offset of occurrence `occ` (0-based) of `needle` in `hay`."""
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise Invalid("%r: occurrence %d not found" % (needle, occ))
    return pos


def cuts_word(text, start, end):
    if start > 0 and start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        return True
    if end > 0 and end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        return True
    return False


def build_case(idx, case):
    cid = "s%d-%03d" % (N, idx)
    ref, cand = case["reference"], case["candidate"]
    mode, label = case["mode"], case["label"]
    where = "%s (%s)" % (cid, case["domain"])

    def fail(msg):
        raise Invalid("%s: %s" % (where, msg))

    if mode not in MODES:
        fail("bad mode %r" % mode)
    if label not in ("consistent", "inconsistent"):
        fail("bad label %r" % label)
    nref = len(words(ref))
    if not 70 <= nref <= 190:
        fail("reference has %d words" % nref)
    if mode == "summary" and not (len(words(cand)) < nref and len(cand) < len(ref)):
        fail("summary is not shorter than its reference")
    if ref == cand:
        fail("candidate identical to reference")

    spans = []  # (start, end, what)
    errors = []
    for e in case["errors"]:
        t, sev, rt = e["type"], e["severity"], e["ref_text"]
        if t not in TYPES:
            fail("bad error type %r" % t)
        if sev not in SEVERITIES:
            fail("bad severity %r" % sev)
        if e["kind"] == "omission":
            if mode == "summary":
                fail("omission in a summary")
            a = find_nth(cand, e["anchor"], e["occ"])
            p = a + len(e["anchor"]) if e["side"] == "after" else a
            if cuts_word(cand, p, p):
                fail("omission point inside a word")
            if not rt or rt not in ref:
                fail("omission ref_text %r not in reference" % rt)
            if rt.lower() in cand.lower():
                fail("omitted words %r still in candidate" % rt)
            errors.append({"start": p, "end": p, "text": "", "type": t,
                           "severity": sev, "ref_text": rt})
            spans.append((p, p, "omission"))
            continue
        if t == "omission":
            fail("omission must be built with O()")
        txt = e["text"]
        if not txt or txt != txt.strip():
            fail("empty or untrimmed error text %r" % txt)
        s = find_nth(cand, txt, e["occ"])
        en = s + len(txt)
        if cuts_word(cand, s, en):
            fail("error span %r cuts a word" % txt)
        if t in ("addition", "repetition"):
            if rt is not None:
                fail("%s must have ref_text null" % t)
            if t == "repetition" and txt.lower() not in cand[:s].lower():
                fail("repetition %r has no earlier copy" % txt)
            if t == "addition" and txt.lower() in ref.lower():
                fail("addition %r is in the reference" % txt)
        else:
            if not rt or rt not in ref:
                fail("ref_text %r not in reference" % rt)
            if rt == txt:
                fail("error text equals ref_text %r" % txt)
        errors.append({"start": s, "end": en, "text": txt, "type": t,
                       "severity": sev, "ref_text": rt})
        spans.append((s, en, "error"))

    traps = []
    for tr in case["traps"]:
        txt, rt = tr["text"], tr["ref_text"]
        if not txt or txt != txt.strip():
            fail("empty or untrimmed trap %r" % txt)
        s = find_nth(cand, txt, tr["occ"])
        en = s + len(txt)
        if cuts_word(cand, s, en):
            fail("trap %r cuts a word" % txt)
        if rt not in ref:
            fail("trap ref_text %r not in reference" % rt)
        if rt == txt:
            fail("trap %r is not reworded" % txt)
        traps.append({"start": s, "end": en, "text": txt, "ref_text": rt})
        spans.append((s, en, "trap"))

    # no overlaps (an omission point may touch but not fall inside a span)
    spans.sort()
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a, b = spans[i], spans[j]
            if a[0] == a[1] or b[0] == b[1]:
                p = a[0] if a[0] == a[1] else b[0]
                o = b if a[0] == a[1] else a
                if o[0] < p < o[1]:
                    fail("omission point inside another span")
                continue
            if a[1] > b[0] and b[1] > a[0]:
                fail("overlapping spans %r / %r" % (cand[a[0]:a[1]], cand[b[0]:b[1]]))

    if label == "consistent":
        if errors:
            fail("consistent pair with errors")
        if not 3 <= len(traps) <= 5:
            fail("consistent pair needs 3-5 traps, has %d" % len(traps))
    else:
        if not errors:
            fail("inconsistent pair without errors")
        if len(traps) > 3:
            fail("inconsistent pair has %d traps (max 3)" % len(traps))

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": cid, "domain": case["domain"], "mode": mode,
            "reference": ref, "candidate": cand, "label": label,
            "errors": errors, "traps": traps}


def build():
    cases = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    recs = [build_case(i + 1, c) for i, c in enumerate(cases)]
    return recs


def check_composition(recs, final=True):
    problems = []
    doms = [r["domain"] for r in recs]
    dup = [d for d, k in Counter(doms).items() if k > 1]
    if dup:
        problems.append("duplicate domains: %s" % dup)
    bad = [d for d in doms if d not in DOMAINS]
    if bad:
        problems.append("domains not in list: %s" % bad)
    if final:
        if len(recs) != 40:
            problems.append("%d pairs, need 40" % len(recs))
        lab = Counter(r["label"] for r in recs)
        if lab["consistent"] != 20 or lab["inconsistent"] != 20:
            problems.append("labels %s" % dict(lab))
        for m, n in (("rewrite", 20), ("summary", 10), ("translation", 10)):
            ms = [r for r in recs if r["mode"] == m]
            nc = sum(r["label"] == "consistent" for r in ms)
            if len(ms) != n or nc != n // 2:
                problems.append("mode %s: %d pairs, %d consistent" % (m, len(ms), nc))
        tc = Counter(e["type"] for r in recs for e in r["errors"])
        if sum(tc.values()) != 30:
            problems.append("%d errors, need 30" % sum(tc.values()))
        for t in TYPES:
            if tc[t] < 2:
                problems.append("type %s has %d errors" % (t, tc[t]))
    return problems


def summary_line(recs):
    lab = Counter(r["label"] for r in recs)
    modes = Counter(r["mode"] for r in recs)
    tc = Counter(e["type"] for r in recs for e in r["errors"])
    sev = Counter(e["severity"] for r in recs for e in r["errors"])
    ntraps = sum(len(r["traps"]) for r in recs)
    return ("pairs=%d (consistent %d, inconsistent %d; rewrite %d, summary %d, "
            "translation %d) errors=%d [%s] severity [%s] traps=%d" % (
                len(recs), lab["consistent"], lab["inconsistent"],
                modes["rewrite"], modes["summary"], modes["translation"],
                sum(tc.values()),
                ", ".join("%s %d" % (t, tc[t]) for t in TYPES),
                ", ".join("%s %d" % (s, sev[s]) for s in ("minor", "major", "critical")),
                ntraps))


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        recs = build()
    except Invalid as exc:
        print("INVALID:", exc)
        return 1
    problems = check_composition(recs, final="--partial" not in sys.argv[1:])
    if problems:
        for p in problems:
            print("INVALID:", p)
        return 1
    if not check_only:
        with open(OUT, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote", OUT)
    print(summary_line(recs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
