"""Build evaluation set 151 (N = 151) for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
All 40 pairs were hand-written, as Python data, by a helper that saw no code or
data of the project (and no existing benchmark), working only from a written
brief.  Every person, company, organisation, place and figure is invented; real
countries or currencies appear only as background.  No character offset is typed
by hand: this script finds every span by string search (with an occurrence
index where a quoted text repeats), validates the whole set and writes
set151.jsonl next to itself.  `python3 make_set151.py --check` validates only.

Cases live in parts151/p1.py .. p4.py (ten pairs each) with small constructors
in parts151/_helpers.py.

Composition
-----------
* 40 pairs, each from a different domain: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5; both texts are independent English translations of
  the same non-English story).
* 30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 2,
  attribution 3, event 3, omission 2, addition 2, repetition 2.
  Ten inconsistent pairs carry one error, ten carry two.
  Severities: 22 major, 6 minor, 2 critical.
* 131 traps (faithful rewordings a naive checker might flag): 95 in the
  consistent pairs (3-5 each), 36 in the inconsistent pairs (0-3 each).
* References are 70-190 words in news / agency / corporate / official register;
  summaries are shorter than their references; omissions occur only in
  rewrite and translation pairs.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts151 import p1, p2, p3, p4  # noqa: E402

N = 151
OUT = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "cinema chain administration", "ferry capsizing inquiry", "trade fair attendance",
    "hospital ship visit", "mosque extension approval", "regional parliament by-election",
    "forest pest outbreak", "bicycle theft crackdown", "orchard grubbing grant",
    "apprenticeship scheme launch", "cross-border commuter tax", "nature reserve extension",
    "cheese festival", "bank holiday trading hours", "tourist cable car", "mine tailings spill",
    "bee colony losses", "tax rebate error", "sheep worrying incidents", "fibre optic cable cut",
    "cathedral choir tour", "lithium mine approval", "railway signal failure", "dairy price cut",
    "school merger consultation", "wood pellet price", "university chancellor election",
    "microbrewery award", "pipeline route change", "prison escape review",
    "bridge collapse report", "telecom outage fine", "wastewater plant upgrade",
    "migrant rescue at sea", "textile mill reopening", "night bus trial",
    "salmon river restocking", "market hall restoration", "refinery fire",
    "dialysis unit opening",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution",
         "event", "omission", "addition", "repetition"]
MODES = ["rewrite", "summary", "translation"]
SEVERITIES = ["minor", "major", "critical"]

EXPECTED_TYPES = {"entity": 3, "number": 4, "date": 3, "role": 3, "polarity": 3,
                  "modality": 2, "attribution": 3, "event": 3, "omission": 2,
                  "addition": 2, "repetition": 2}
EXPECTED_SEVERITIES = {"major": 22, "minor": 6, "critical": 2}
EXPECTED_TRAPS = 131


class Invalid(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Invalid(msg)


def find_nth(haystack, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def word_char(ch):
    return ch.isalnum()


def resolve_span(cand, text, occ, where):
    check(text, "%s: empty span text" % where)
    start = find_nth(cand, text, occ)
    check(start >= 0, "%s: occurrence %d of %r not in candidate" % (where, occ, text))
    end = start + len(text)
    check(start == 0 or not word_char(cand[start - 1]) or not word_char(cand[start]),
          "%s: span %r cuts a word at its start" % (where, text))
    check(end == len(cand) or not word_char(cand[end]) or not word_char(cand[end - 1]),
          "%s: span %r cuts a word at its end" % (where, text))
    check(text == text.strip(), "%s: span %r has outer whitespace" % (where, text))
    return start, end


def resolve_point(cand, anchor, where, after):
    if isinstance(anchor, tuple):
        a_text, a_occ = anchor
    else:
        a_text, a_occ = anchor, 0
    s, e = resolve_span(cand, a_text, a_occ, where + " anchor")
    return e if after else s


def word_count(s):
    return len(re.findall(r"\S+", s))


def build():
    raw = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    check(len(raw) == 40, "expected 40 pairs, got %d" % len(raw))
    records = []
    for i, c in enumerate(raw, 1):
        rid = "s%d-%03d" % (N, i)
        ref, cand = c["reference"], c["candidate"]
        mode, label = c["mode"], c["label"]
        where = rid
        check(c["domain"] in DOMAINS, "%s: unknown domain %r" % (where, c["domain"]))
        check(mode in MODES, "%s: bad mode" % where)
        check(label in ("consistent", "inconsistent"), "%s: bad label" % where)
        check(ref == ref.strip() and cand == cand.strip(), "%s: outer whitespace" % where)
        check("  " not in ref and "  " not in cand, "%s: double space" % where)
        wc = word_count(ref)
        check(70 <= wc <= 190, "%s: reference has %d words" % (where, wc))
        if mode == "summary":
            check(len(cand) < len(ref) and word_count(cand) < wc,
                  "%s: summary not shorter than reference" % where)
        check(ref != cand, "%s: identical texts" % where)

        errors = []
        for j, e in enumerate(c["errors"]):
            w = "%s error %d" % (where, j)
            t = e["type"]
            check(t in TYPES, "%s: bad type %r" % (w, t))
            check(e["severity"] in SEVERITIES, "%s: bad severity" % w)
            if t == "omission":
                check(mode != "summary", "%s: omission in a summary" % w)
                check(e["text"] == "", "%s: omission text must be empty" % w)
                check(bool(e["after"]) != bool(e["before"]), "%s: need one of after/before" % w)
                pos = resolve_point(cand, e["after"] or e["before"], w, bool(e["after"]))
                start = end = pos
                check(e["ref_text"] and e["ref_text"] in ref, "%s: ref_text not in reference" % w)
                check(e["ref_text"].lower() not in cand.lower(),
                      "%s: omitted words present in candidate" % w)
                check(pos == 0 or pos == len(cand) or not (word_char(cand[pos - 1])
                                                            and word_char(cand[pos])),
                      "%s: omission point inside a word" % w)
            else:
                check(e["after"] is None and e["before"] is None, "%s: anchor on non-omission" % w)
                start, end = resolve_span(cand, e["text"], e["occ"], w)
                if t in ("addition", "repetition"):
                    check(e["ref_text"] is None, "%s: %s needs ref_text null" % (w, t))
                else:
                    check(e["ref_text"] and e["ref_text"] in ref,
                          "%s: ref_text %r not in reference" % (w, e["ref_text"]))
                    check(e["ref_text"] != e["text"], "%s: span equals ref_text" % w)
                if t == "repetition":
                    check(e["text"] in cand[:start], "%s: no earlier copy of repeated text" % w)
                if t == "addition":
                    check(e["text"] not in ref, "%s: added text occurs in reference" % w)
            errors.append({"start": start, "end": end, "text": cand[start:end], "type": t,
                           "severity": e["severity"], "ref_text": e["ref_text"]})

        traps = []
        for j, tr in enumerate(c["traps"]):
            w = "%s trap %d" % (where, j)
            start, end = resolve_span(cand, tr["text"], tr["occ"], w)
            check(tr["ref_text"] in ref, "%s: trap ref_text %r not in reference" % (w, tr["ref_text"]))
            check(tr["ref_text"] != tr["text"], "%s: trap not reworded" % w)
            traps.append({"start": start, "end": end, "text": cand[start:end],
                          "ref_text": tr["ref_text"]})

        # no overlaps among all spans; zero-width points may not sit inside a span
        spans = sorted([(x["start"], x["end"]) for x in errors + traps])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            if s1 == e1 or s2 == e2:
                check(not (s1 < s2 < e1) and not (s2 < s1 < e2) and (s1, e1) != (s2, e2),
                      "%s: omission point inside/at another span" % where)
            else:
                check(s2 >= e1, "%s: overlapping spans %r %r" % (where, (s1, e1), (s2, e2)))

        if label == "consistent":
            check(not errors, "%s: consistent pair with errors" % where)
            check(3 <= len(traps) <= 5, "%s: consistent pair needs 3-5 traps" % where)
        else:
            check(1 <= len(errors) <= 2, "%s: inconsistent pair needs 1-2 errors" % where)
            check(len(traps) <= 3, "%s: inconsistent pair has >3 traps" % where)

        for x in errors + traps:
            check(cand[x["start"]:x["end"]] == x["text"], "%s: offset mismatch" % where)

        records.append({"id": rid, "domain": c["domain"], "mode": mode, "reference": ref,
                        "candidate": cand, "label": label, "errors": errors, "traps": traps})

    # composition
    check(sorted(r["domain"] for r in records) == sorted(DOMAINS), "domains not each used once")
    ml = Counter((r["mode"], r["label"]) for r in records)
    for m, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for lab in ("consistent", "inconsistent"):
            check(ml[(m, lab)] == n, "mode/label %s/%s = %d, want %d" % (m, lab, ml[(m, lab)], n))
    types = Counter(e["type"] for r in records for e in r["errors"])
    check(sum(types.values()) == 30, "want 30 errors, got %d" % sum(types.values()))
    check(dict(types) == EXPECTED_TYPES, "type counts %r" % dict(types))
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    check(dict(sev) == EXPECTED_SEVERITIES, "severity counts %r" % dict(sev))
    ntraps = sum(len(r["traps"]) for r in records)
    check(ntraps == EXPECTED_TRAPS, "trap count %d" % ntraps)
    return records


def summary(records):
    ml = Counter((r["mode"], r["label"]) for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    lines = ["pairs: %d" % len(records)]
    for m in MODES:
        lines.append("  %-11s consistent %d  inconsistent %d"
                     % (m, ml[(m, "consistent")], ml[(m, "inconsistent")]))
    lines.append("errors: %d  %s" % (sum(types.values()),
                                     ", ".join("%s %d" % (t, types[t]) for t in TYPES)))
    lines.append("severity: %s" % ", ".join("%s %d" % (s, sev[s]) for s in SEVERITIES))
    tc = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    ti = sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")
    lines.append("traps: %d (consistent pairs %d, inconsistent pairs %d)" % (tc + ti, tc, ti))
    wcs = [word_count(r["reference"]) for r in records]
    lines.append("reference words: min %d max %d" % (min(wcs), max(wcs)))
    return "\n".join(lines)


def main():
    try:
        records = build()
    except Invalid as exc:
        print("INVALID: %s" % exc, file=sys.stderr)
        return 1
    print(summary(records))
    if "--check" in sys.argv[1:]:
        print("check only: valid, nothing written")
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
