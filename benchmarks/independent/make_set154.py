#!/usr/bin/env python3
"""Build held-out evaluation set 154 for a fact-comparison tool.

How it was made
---------------
Every reference/candidate pair was hand-written by a helper session that saw no
code or data of the project, working only from a written brief.  All people,
companies, organisations, places and figures are invented (real countries appear
only as background).  Texts imitate news / agency / corporate / official
register.  Character offsets are never typed by hand: each span is located by
string search in the candidate (with an explicit occurrence index where a quoted
text repeats), and every record is validated before anything is written.

Composition
-----------
40 pairs, each from a different domain: 20 consistent / 20 inconsistent.
  rewrite      20 (10 consistent, 10 inconsistent)   parts154/p1.py, p2.py
  summary      10 (5 consistent, 5 inconsistent)     parts154/p3.py
  translation  10 (5 consistent, 5 inconsistent)     parts154/p4.py
30 errors over eleven types (entity 3, number 4, date 3, role 3, polarity 3,
modality 3, attribution 2, event 2, omission 3, addition 2, repetition 2);
ten inconsistent pairs carry one error and ten carry two.  Omissions occur only
in rewrite and translation pairs.  Consistent pairs carry 4 traps each (faithful
rewordings a naive checker might flag); inconsistent pairs carry 2-3.

Usage:  python3 make_set154.py           validate and write set154.jsonl
        python3 make_set154.py --check   validate only, write nothing
"""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts154 import p1, p2, p3, p4  # noqa: E402

N = 154
OUT = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "earthquake aid pledge", "asylum hostel protest", "milk tanker crash", "soft drink tax",
    "mobile mast approval", "shopping centre sale", "city flag redesign", "hospital merger plan",
    "bird flu culling", "police overtime bill", "lottery fund grant", "fishing boat sinking",
    "wildfire arson arrest", "army barracks conversion", "bee-friendly verges scheme", "new airline route",
    "ski jump competition", "castle ruins stabilisation", "village school expansion", "court martial verdict",
    "toll road opening", "charity marathon record", "bus company takeover", "subway extension",
    "regional airport rescue", "rural broadband subsidy", "landfill site expansion", "satellite data contract",
    "diamond discovery", "emergency room waiting times", "honey bee import ban", "court fine for landlord",
    "bee sting death inquest", "pharmacist prescribing pilot", "train crew shortage", "court ruling on noise",
    "volcano evacuation drill", "bank merger approval", "city hall renovation", "gallery roof leak",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution",
         "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}


class Invalid(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Invalid(msg)


def nth_find(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def locate(cand, text, occ, where):
    check(text, "%s: empty search text" % where)
    count = cand.count(text)
    check(count > 0, "%s: %r not found in candidate" % (where, text))
    check(count == 1 or occ is not None,
          "%s: %r occurs %d times; give occ" % (where, text, count))
    start = nth_find(cand, text, occ or 0)
    check(start >= 0, "%s: occurrence %s of %r missing" % (where, occ, text))
    return start


def word_ok(cand, start, end, where):
    check(start == 0 or not cand[start - 1].isalnum(), "%s: span cuts a word at start" % where)
    check(end == len(cand) or not cand[end].isalnum(), "%s: span cuts a word at end" % where)
    check(cand[start:end] == cand[start:end].strip(), "%s: span has outer whitespace" % where)


def words(s):
    return len(s.split())


def build_record(idx, c):
    rid = "s%d-%03d" % (N, idx)
    ref, cand = c["reference"], c["candidate"]
    mode = c["mode"]
    check(mode in MODES, "%s: bad mode" % rid)
    check(c["domain"] in DOMAINS, "%s: unknown domain %r" % (rid, c["domain"]))
    nw = words(ref)
    check(70 <= nw <= 190, "%s: reference has %d words" % (rid, nw))
    check(ref != cand, "%s: identical texts" % rid)
    check('"' not in ref + cand, "%s: stray double quote" % rid)
    if mode == "summary":
        check(len(cand) < len(ref) and words(cand) < words(ref), "%s: summary not shorter" % rid)
    if mode == "translation":
        rs = set(s.strip() for s in re.split(r"(?<=[.;])\s+", ref))
        cs = set(s.strip() for s in re.split(r"(?<=[.;])\s+", cand))
        check(not (rs & cs), "%s: translation shares a whole sentence with reference" % rid)

    spans = []  # (start, end, label) for overlap checks
    errors = []
    for k, e in enumerate(c["errors"]):
        where = "%s error %d" % (rid, k)
        t, sev = e["type"], e["severity"]
        check(t in TYPES, "%s: bad type %r" % (where, t))
        check(sev in SEVERITIES, "%s: bad severity" % where)
        if t == "omission":
            check(mode in ("rewrite", "translation"), "%s: omission in summary" % where)
            check(e["text"] == "", "%s: omission text must be empty" % where)
            miss = e["ref_text"]
            check(miss and miss in ref, "%s: omitted text not in reference" % where)
            check(miss.lower() not in cand.lower(), "%s: omitted text present in candidate" % where)
            if e.get("after") is not None:
                s0 = locate(cand, e["after"], e["occ"], where)
                pos = s0 + len(e["after"])
            else:
                pos = locate(cand, e["before"], e["occ"], where)
            check(pos == 0 or pos == len(cand)
                  or not (cand[pos - 1].isalnum() and cand[pos].isalnum()),
                  "%s: omission point inside a word" % where)
            start = end = pos
            rec = {"start": start, "end": end, "text": "", "type": t, "severity": sev, "ref_text": miss}
        else:
            start = locate(cand, e["text"], e["occ"], where)
            end = start + len(e["text"])
            word_ok(cand, start, end, where)
            if t in ("addition", "repetition"):
                check(e["ref_text"] is None, "%s: %s needs ref_text None" % (where, t))
            else:
                check(e["ref_text"] and e["ref_text"] in ref, "%s: ref_text not in reference" % where)
                check(e["ref_text"] != e["text"], "%s: ref_text equals span" % where)
            if t == "repetition":
                first = cand.find(e["text"])
                check(0 <= first and first + len(e["text"]) <= start,
                      "%s: no earlier copy for repetition" % where)
            if t == "addition":
                check(e["text"] not in ref, "%s: addition text occurs in reference" % where)
            rec = {"start": start, "end": end, "text": cand[start:end], "type": t,
                   "severity": sev, "ref_text": e["ref_text"]}
        check(cand[rec["start"]:rec["end"]] == rec["text"], "%s: offset mismatch" % where)
        spans.append((start, end, where))
        errors.append(rec)

    traps = []
    for k, tr in enumerate(c["traps"]):
        where = "%s trap %d" % (rid, k)
        start = locate(cand, tr["text"], tr["occ"], where)
        end = start + len(tr["text"])
        word_ok(cand, start, end, where)
        check(tr["ref_text"] in ref, "%s: trap ref_text %r not in reference" % (where, tr["ref_text"]))
        check(tr["ref_text"] != tr["text"], "%s: trap identical to reference wording" % where)
        spans.append((start, end, where))
        traps.append({"start": start, "end": end, "text": cand[start:end], "ref_text": tr["ref_text"]})

    # no overlaps (zero-width omission points may not fall strictly inside another span)
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a, b = spans[i], spans[j]
            if a[0] == a[1] or b[0] == b[1]:
                z, o = (a, b) if a[0] == a[1] else (b, a)
                check(not (o[0] < z[0] < o[1]), "%s / %s: omission point inside span" % (z[2], o[2]))
            else:
                check(a[1] <= b[0] or b[1] <= a[0], "%s / %s: spans overlap" % (a[2], b[2]))

    label = "inconsistent" if errors else "consistent"
    if label == "consistent":
        check(3 <= len(traps) <= 5, "%s: consistent pair needs 3-5 traps" % rid)
    else:
        check(len(traps) <= 3, "%s: inconsistent pair has >3 traps" % rid)
        check(len(errors) <= 3, "%s: too many errors" % rid)
    errors.sort(key=lambda r: (r["start"], r["end"]))
    traps.sort(key=lambda r: r["start"])
    return {"id": rid, "domain": c["domain"], "mode": mode, "reference": ref, "candidate": cand,
            "label": label, "errors": errors, "traps": traps}


def build():
    cases = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    check(len(cases) == 40, "expected 40 cases, got %d" % len(cases))
    order = list(range(len(cases)))
    random.Random(N).shuffle(order)
    records = [build_record(i + 1, cases[j]) for i, j in enumerate(order)]

    # composition checks
    doms = [r["domain"] for r in records]
    check(sorted(doms) == sorted(DOMAINS), "domains must be the 40 listed, each once")
    ml = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    check(dict(ml) == want, "mode/label composition wrong: %s" % dict(ml))
    etypes = Counter(e["type"] for r in records for e in r["errors"])
    check(sum(etypes.values()) == 30, "expected 30 errors, got %d" % sum(etypes.values()))
    for t in TYPES:
        check(etypes[t] >= 2, "type %s has %d errors" % (t, etypes[t]))
    per = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    check(per[1] + per[2] >= 15, "most inconsistent pairs should have 1-2 errors")
    check(len(set(r["reference"] for r in records)) == 40, "duplicate reference")
    return records


def summary(records):
    ml = Counter((r["mode"], r["label"]) for r in records)
    et = Counter(e["type"] for r in records for e in r["errors"])
    sv = Counter(e["severity"] for r in records for e in r["errors"])
    ntr_c = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    ntr_i = sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")
    lines = ["pairs: %d" % len(records)]
    for m in ("rewrite", "summary", "translation"):
        lines.append("  %-11s consistent %d, inconsistent %d" % (m, ml[(m, "consistent")], ml[(m, "inconsistent")]))
    lines.append("errors: %d  %s" % (sum(et.values()), ", ".join("%s %d" % (t, et[t]) for t in TYPES)))
    lines.append("severity: %s" % ", ".join("%s %d" % (s, sv[s]) for s in ("minor", "major", "critical")))
    per = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    lines.append("inconsistent pairs by error count: %s" % dict(sorted(per.items())))
    tpi = Counter(len(r["traps"]) for r in records if r["label"] == "inconsistent")
    tpc = Counter(len(r["traps"]) for r in records if r["label"] == "consistent")
    lines.append("traps per pair: consistent %s, inconsistent %s" % (dict(sorted(tpc.items())), dict(sorted(tpi.items()))))
    lines.append("traps: %d (consistent pairs %d, inconsistent pairs %d)" % (ntr_c + ntr_i, ntr_c, ntr_i))
    wc = [words(r["reference"]) for r in records]
    lines.append("reference words: min %d, max %d" % (min(wc), max(wc)))
    return "\n".join(lines)


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        records = build()
    except Invalid as exc:
        print("INVALID: %s" % exc, file=sys.stderr)
        return 1
    print(summary(records))
    if check_only:
        print("check passed; nothing written")
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
