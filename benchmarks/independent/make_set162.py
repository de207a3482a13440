#!/usr/bin/env python3
"""Build held-out evaluation set 162 for the fact-comparison tool.

How it was made
---------------
Every reference/candidate pair was hand-written (as Python data, in parts162/p1.py .. p4.py) by a
helper that saw no code or data of the project and no existing benchmark, working only from a written
brief. All people, companies, organisations, places and figures are invented; real countries appear
at most as background (e.g. a currency). No offsets are typed by hand: this script finds every span
by string search (an occurrence index is given where a quoted text repeats; an omission is placed
right after an anchor quoted from the candidate), validates the whole set and writes set162.jsonl.

    python3 make_set162.py          # validate and write /work/heldout/set162.jsonl
    python3 make_set162.py --check  # validate only, write nothing

Composition (checked by the script)
-----------------------------------
* 40 pairs, one domain each (40 different domains from the brief's list): 20 consistent,
  20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5; both texts are independent English translations of the same
  non-English story).
* 30 errors: entity 3, number 3, date 3 (incl. a time of day and a before/after order),
  role 3, polarity 3, modality 3, attribution 3, event 3, omission 2, addition 2, repetition 2.
  10 inconsistent pairs carry 1 error, 10 carry 2. Omissions only in rewrite pairs.
  Severities: 2 critical, 23 major, 5 minor.
* Traps (faithful rewordings a naive checker might flag): 141 in all; each consistent pair has
  4-5 (92), each inconsistent pair 2-3 (49).
* References 70-190 words, news / agency / corporate / official register; every summary is
  shorter than its reference.

Record format (one JSON object per line)
----------------------------------------
id, domain, mode, reference, candidate, label, errors[{start,end,text,type,severity,ref_text}],
traps[{start,end,text,ref_text}]; offsets are Python str offsets into candidate, [start, end).
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts162 import p1, p2, p3, p4  # noqa: E402

N = 162
OUT = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "sculpture damage by visitor", "archive document theft", "cable car commuter line",
    "champagne label dispute", "uranium enrichment deal", "witness protection breach",
    "fast fashion levy", "deer collision hotspot", "insulin pump trial", "average speed zone",
    "hockey pitch surface", "tachograph fraud", "roundabout redesign", "charging point vandalism",
    "software outage at bank", "jockey weight limit", "stammering clinic funding",
    "rare earth export limit", "antivenom stockpile", "shooting range noise",
    "bike hire scheme collapse", "plantain smuggling", "brewery water dispute", "gold bar smuggling",
    "school breakfast club cuts", "phone battery rules", "charger standard",
    "gallery ceiling collapse", "iceberg towing plan", "pedicab regulation", "bus shelter vandalism",
    "cheque clearing delay", "suicide prevention barrier", "newt survey objection",
    "avalanche beacon recall", "fingerprint database error", "dementia village",
    "eye drop shortage", "tornado shelter rules", "firefighter pension row",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution", "event",
         "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}

EXPECTED = {
    "pairs": 40, "consistent": 20, "inconsistent": 20, "errors": 30,
    "modes": {"rewrite": (10, 10), "summary": (5, 5), "translation": (5, 5)},
    "types": {"entity": 3, "number": 3, "date": 3, "role": 3, "polarity": 3, "modality": 3,
              "attribution": 3, "event": 3, "omission": 2, "addition": 2, "repetition": 2},
}


class Invalid(Exception):
    pass


def norm(s):
    """Collapse the layout whitespace of the triple-quoted source texts."""
    return " ".join(s.split()) if s is not None else None


def find_nth(hay, needle, occ, what):
    count = hay.count(needle)
    if count == 0:
        raise Invalid("%s: %r not found" % (what, needle))
    if occ is None:
        if count > 1:
            raise Invalid("%s: %r occurs %d times; give an occurrence index" % (what, needle, count))
        occ = 0
    if occ >= count:
        raise Invalid("%s: occurrence %d of %r requested, only %d" % (what, occ, needle, count))
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
    return pos


def cuts_word(text, pos):
    return 0 < pos < len(text) and text[pos - 1].isalnum() and text[pos].isalnum()


def build():
    raw = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    records = []
    for i, case in enumerate(raw, 1):
        rid = "s%d-%03d" % (N, i)
        ref = norm(case["reference"])
        cand = norm(case["candidate"])
        errors, traps = [], []
        for e in case["errors"]:
            text = norm(e["text"])
            ref_text = norm(e["ref_text"])
            what = "%s error %s" % (rid, e["type"])
            if e["type"] == "omission":
                if text:
                    raise Invalid(what + ": omission text must be empty")
                if e["after"]:
                    anchor = norm(e["after"])
                    start = find_nth(cand, anchor, e["anchor_occ"], what + " anchor") + len(anchor)
                elif e["before"]:
                    start = find_nth(cand, norm(e["before"]), e["anchor_occ"], what + " anchor")
                else:
                    raise Invalid(what + ": omission needs an anchor")
                end = start
            else:
                start = find_nth(cand, text, e["occ"], what)
                end = start + len(text)
            errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                           "severity": e["severity"], "ref_text": ref_text})
        for t in case["traps"]:
            text = norm(t["text"])
            start = find_nth(cand, text, t["occ"], "%s trap" % rid)
            traps.append({"start": start, "end": start + len(text), "text": text,
                          "ref_text": norm(t["ref_text"])})
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({
            "id": rid, "domain": case["domain"], "mode": case["mode"],
            "reference": ref, "candidate": cand,
            "label": "inconsistent" if errors else "consistent",
            "errors": errors, "traps": traps,
        })
    return records


def validate(records):
    problems = []

    def bad(msg):
        problems.append(msg)

    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        bad("duplicate ids")
    domains = [r["domain"] for r in records]
    if sorted(domains) != sorted(DOMAINS):
        bad("domains are not exactly the 40 listed, once each: %s"
            % sorted(set(domains) ^ set(DOMAINS)))

    for r in records:
        rid, ref, cand, mode = r["id"], r["reference"], r["candidate"], r["mode"]
        if mode not in MODES:
            bad("%s: bad mode %r" % (rid, mode))
        nw = len(ref.split())
        if not 70 <= nw <= 190:
            bad("%s: reference has %d words" % (rid, nw))
        if mode == "summary" and not (len(cand.split()) < nw and len(cand) < len(ref)):
            bad("%s: summary not shorter than reference" % rid)
        if r["label"] != ("inconsistent" if r["errors"] else "consistent"):
            bad("%s: label does not match errors" % rid)
        nt = len(r["traps"])
        if r["label"] == "consistent" and not 3 <= nt <= 5:
            bad("%s: consistent pair has %d traps" % (rid, nt))
        if r["label"] == "inconsistent" and not 0 <= nt <= 3:
            bad("%s: inconsistent pair has %d traps" % (rid, nt))
        if ref == cand:
            bad("%s: candidate identical to reference" % rid)

        spans = []
        for e in r["errors"]:
            s, t = e["start"], e["end"]
            if e["type"] not in TYPES:
                bad("%s: bad type %r" % (rid, e["type"]))
            if e["severity"] not in SEVERITIES:
                bad("%s: bad severity %r" % (rid, e["severity"]))
            if cand[s:t] != e["text"]:
                bad("%s: error text does not match offsets" % rid)
            if cuts_word(cand, s) or cuts_word(cand, t):
                bad("%s: error span %r cuts a word" % (rid, e["text"]))
            if e["text"] != e["text"].strip():
                bad("%s: error span %r has outer whitespace" % (rid, e["text"]))
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    bad("%s: %s must have ref_text null" % (rid, e["type"]))
            else:
                if not e["ref_text"]:
                    bad("%s: %s needs ref_text" % (rid, e["type"]))
                elif e["ref_text"] not in ref:
                    bad("%s: error ref_text %r not in reference" % (rid, e["ref_text"]))
            if e["type"] == "omission":
                if mode == "summary":
                    bad("%s: omission in a summary" % rid)
                if s != t or e["text"] != "":
                    bad("%s: omission span must be empty" % rid)
                if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                    bad("%s: omitted words %r present in candidate" % (rid, e["ref_text"]))
            else:
                if s >= t:
                    bad("%s: empty non-omission span" % rid)
                if e["ref_text"] is not None and e["ref_text"] == e["text"]:
                    bad("%s: error text equals its ref_text" % rid)
            if e["type"] == "repetition" and e["text"] not in cand[:s]:
                bad("%s: repetition %r has no earlier copy" % (rid, e["text"]))
            spans.append((s, t, "error " + e["type"]))
        for tr in r["traps"]:
            s, t = tr["start"], tr["end"]
            if cand[s:t] != tr["text"] or s >= t:
                bad("%s: trap text does not match offsets" % rid)
            if cuts_word(cand, s) or cuts_word(cand, t):
                bad("%s: trap span %r cuts a word" % (rid, tr["text"]))
            if tr["text"] != tr["text"].strip():
                bad("%s: trap span %r has outer whitespace" % (rid, tr["text"]))
            if tr["ref_text"] not in ref:
                bad("%s: trap ref_text %r not in reference" % (rid, tr["ref_text"]))
            if tr["ref_text"] == tr["text"]:
                bad("%s: trap %r is not reworded" % (rid, tr["text"]))
            spans.append((s, t, "trap"))
        spans.sort()
        for (s1, t1, k1), (s2, t2, k2) in zip(spans, spans[1:]):
            if s2 < t1 or (s1 == s2 and t1 == t2):
                bad("%s: overlapping spans (%s %d-%d, %s %d-%d)" % (rid, k1, s1, t1, k2, s2, t2))

    # composition
    labels = Counter(r["label"] for r in records)
    if len(records) != EXPECTED["pairs"]:
        bad("expected %d pairs, got %d" % (EXPECTED["pairs"], len(records)))
    if labels["consistent"] != EXPECTED["consistent"] or labels["inconsistent"] != EXPECTED["inconsistent"]:
        bad("label counts %s" % dict(labels))
    for mode, (nc, ni) in EXPECTED["modes"].items():
        c = sum(1 for r in records if r["mode"] == mode and r["label"] == "consistent")
        i = sum(1 for r in records if r["mode"] == mode and r["label"] == "inconsistent")
        if (c, i) != (nc, ni):
            bad("mode %s: %d consistent / %d inconsistent, expected %d / %d" % (mode, c, i, nc, ni))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != EXPECTED["errors"]:
        bad("expected %d errors, got %d" % (EXPECTED["errors"], sum(types.values())))
    for t in TYPES:
        if types[t] < 2:
            bad("type %s has only %d errors" % (t, types[t]))
        if types[t] != EXPECTED["types"][t]:
            bad("type %s: %d errors, expected %d" % (t, types[t], EXPECTED["types"][t]))
    per_pair = Counter(len(r["errors"]) for r in records if r["errors"])
    if any(k > 2 for k in per_pair):
        bad("an inconsistent pair has more than 2 errors: %s" % dict(per_pair))
    return problems


def summary(records):
    lines = []
    labels = Counter(r["label"] for r in records)
    lines.append("pairs %d: %s" % (len(records), dict(labels)))
    for mode in ("rewrite", "summary", "translation"):
        c = Counter(r["label"] for r in records if r["mode"] == mode)
        lines.append("  %-11s consistent %d, inconsistent %d" % (mode, c["consistent"], c["inconsistent"]))
    types = Counter(e["type"] for r in records for e in r["errors"])
    lines.append("errors %d: %s" % (sum(types.values()), ", ".join("%s %d" % (t, types[t]) for t in TYPES)))
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    lines.append("severity: %s" % dict(sorted(sev.items())))
    per_pair = Counter(len(r["errors"]) for r in records if r["errors"])
    lines.append("errors per inconsistent pair: %s" % dict(sorted(per_pair.items())))
    tc = [len(r["traps"]) for r in records if r["label"] == "consistent"]
    ti = [len(r["traps"]) for r in records if r["label"] == "inconsistent"]
    lines.append("traps %d: consistent pairs %d (min %d, max %d), inconsistent pairs %d (min %d, max %d)"
                 % (sum(tc) + sum(ti), sum(tc), min(tc), max(tc), sum(ti), min(ti), max(ti)))
    wc = [len(r["reference"].split()) for r in records]
    lines.append("reference words: min %d, max %d, mean %.0f" % (min(wc), max(wc), sum(wc) / len(wc)))
    return "\n".join(lines)


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records = build()
    except Invalid as exc:
        print("INVALID:", exc)
        return 1
    problems = validate(records)
    if problems:
        print("INVALID (%d problems):" % len(problems))
        for p in problems:
            print("  -", p)
        return 1
    print(summary(records))
    if check_only:
        print("OK (--check: nothing written)")
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("OK: wrote %d records to %s" % (len(records), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
