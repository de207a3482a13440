#!/usr/bin/env python3
"""Build held-out evaluation set 166 (N = 166) for a fact-comparison tool.

How it was made
---------------
Every pair was hand-written by a helper session that saw no code or data of the
project and no existing benchmark; it worked only from a written brief. All
people, companies, organisations, places, products and figures are invented
(real countries appear only as background). The case texts live as Python data
in parts166/cases_a.py (rewrites) and parts166/cases_b.py (summaries and
translations). No offset is typed by hand: this script finds every span by
string search (with an occurrence index where the quoted text repeats),
validates everything, and writes set166.jsonl next to itself.

    python3 make_set166.py           # validate and write set166.jsonl
    python3 make_set166.py --check   # validate only, write nothing

Composition
-----------
40 pairs, each from a different domain of the brief's list:
  20 rewrites     (10 consistent, 10 inconsistent)
  10 summaries    ( 5 consistent,  5 inconsistent)
  10 translations ( 5 consistent,  5 inconsistent; both sides are independent
                    English renderings of one notional non-English story)
30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with two):
  entity 3, number 4, date 3, role 3, polarity 3, modality 3, attribution 2,
  event 3, omission 2 (rewrite and translation only), addition 2, repetition 2.
  Severities: 23 major, 7 minor.
Traps (faithful rewordings a naive checker might flag): 83 in the consistent
pairs (3-5 each) and 56 in the inconsistent pairs (2-3 each), 139 in all.
References are 104-129 words of news/agency/corporate/official prose; every
summary is shorter than its reference.
"""

import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts166.cases_a import CASES_A  # noqa: E402
from parts166.cases_b import CASES_B  # noqa: E402

N = 166
OUT = os.path.join(HERE, "set166.jsonl")

DOMAINS = [
    "feral parakeet flock", "shrunken head display", "oatcake bakery's last batch", "truffle orchard trial",
    "safe cracking demonstration", "fax machine phase-out", "lost ship log found", "school cosmic ray detector",
    "clockwork orrery rediscovered", "footbridge wobble fix", "amateur supernova discovery",
    "cave microbe antibiotics", "duck pond ownership claim", "lyme disease signs", "pet cemetery expansion",
    "sheepskin tannery effluent", "cherry laurel poisoning", "buttermilk bakery", "clotted cream status",
    "deep sea sponge age", "surname dna project", "ball lightning report", "emu on the loose",
    "cable car wind suspension", "meteor shower cloud cover", "rc aircraft field", "shopping trolley impound fee",
    "estate rent rolls", "marbled endpapers", "mushroom compost odour", "ha-ha collapse",
    "ant supercolony boundary", "asian hornet nest", "dewpond relining", "village pound impounding",
    "weir fish pass failure", "bronze age log boat", "barometer fetches record", "pencil graphite shortage",
    "cobnut platt replanting",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution", "event",
         "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}


class Invalid(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Invalid(msg)


def words(s):
    return len(re.findall(r"\S+", s))


def find_occ(hay, needle, occ, where):
    need(needle, f"{where}: empty search text")
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        need(pos >= 0, f"{where}: {needle!r} occurrence {occ} not found")
    return pos


def no_word_cut(cand, s, e, where):
    if s > 0 and s < len(cand):
        need(not (cand[s - 1].isalnum() and cand[s].isalnum()), f"{where}: span start cuts a word")
    if 0 < e < len(cand):
        need(not (cand[e - 1].isalnum() and cand[e].isalnum()), f"{where}: span end cuts a word")


def build_case(raw, cid):
    ref, cand, mode = raw["reference"], raw["candidate"], raw["mode"]
    need(mode in MODES, f"{cid}: bad mode")
    errors, traps, spans = [], [], []
    for i, e in enumerate(raw["errors"]):
        where = f"{cid} error {i}"
        typ = e["type"]
        need(typ in TYPES, f"{where}: bad type {typ}")
        need(e["severity"] in SEVERITIES, f"{where}: bad severity")
        if typ == "omission":
            need(mode in ("rewrite", "translation"), f"{where}: omission in {mode}")
            need("text" not in e, f"{where}: omission must not quote candidate text")
            a = e["after"]
            pos = find_occ(cand, a, e.get("occ", 0), where) + len(a)
            s = t = pos
            text = ""
            need(not (0 < pos < len(cand) and cand[pos - 1].isalnum() and cand[pos].isalnum()),
                 f"{where}: insertion point inside a word")
            need(e["ref"] and e["ref"] in ref, f"{where}: missing words not in reference")
            need(e["ref"].lower() not in cand.lower(), f"{where}: 'missing' words present in candidate")
            ref_text = e["ref"]
        else:
            text = e["text"]
            s = find_occ(cand, text, e.get("occ", 0), where)
            t = s + len(text)
            no_word_cut(cand, s, t, where)
            need(text == text.strip(), f"{where}: span has outer whitespace")
            if typ in ("addition", "repetition"):
                need(e["ref"] is None, f"{where}: {typ} must have null ref_text")
                ref_text = None
                if typ == "repetition":
                    need(text in cand[:s], f"{where}: repetition has no earlier copy")
                else:
                    need(text not in ref, f"{where}: addition text occurs in reference")
            else:
                need(e["ref"] and e["ref"] in ref, f"{where}: ref_text {e['ref']!r} not in reference")
                need(text != e["ref"], f"{where}: error text identical to ref_text")
                ref_text = e["ref"]
        errors.append({"start": s, "end": t, "text": text, "type": typ,
                       "severity": e["severity"], "ref_text": ref_text})
        spans.append((s, t, where))
    for i, tr in enumerate(raw["traps"]):
        where = f"{cid} trap {i}"
        text = tr["text"]
        s = find_occ(cand, text, tr.get("occ", 0), where)
        t = s + len(text)
        no_word_cut(cand, s, t, where)
        need(text == text.strip(), f"{where}: span has outer whitespace")
        need(tr["ref"] in ref, f"{where}: ref_text {tr['ref']!r} not in reference")
        need(text != tr["ref"], f"{where}: trap not reworded")
        need(text not in ref, f"{where}: trap text appears verbatim in reference")
        traps.append({"start": s, "end": t, "text": text, "ref_text": tr["ref"]})
        spans.append((s, t, where))
    # overlaps (a zero-width omission point may not fall strictly inside another span)
    for a in range(len(spans)):
        for b in range(a + 1, len(spans)):
            s1, e1, w1 = spans[a]
            s2, e2, w2 = spans[b]
            if s1 == e1 or s2 == e2:
                p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                bad = s < p < e
            else:
                bad = s1 < e2 and s2 < e1
            need(not bad, f"{w1} overlaps {w2}")
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    label = "inconsistent" if errors else "consistent"
    return {"id": cid, "domain": raw["domain"], "mode": mode, "reference": ref, "candidate": cand,
            "label": label, "errors": errors, "traps": traps}


def build():
    raws = CASES_A + CASES_B
    order = list(range(len(raws)))
    random.Random(N).shuffle(order)
    records = [build_case(raws[j], f"s{N}-{k + 1:03d}") for k, j in enumerate(order)]
    return records


def validate_set(records):
    need(len(records) == 40, "need 40 pairs")
    doms = [r["domain"] for r in records]
    need(len(set(doms)) == 40, "domains repeat")
    need(set(doms) <= set(DOMAINS), f"unknown domain: {set(doms) - set(DOMAINS)}")
    combo = Counter((r["mode"], r["label"]) for r in records)
    need(combo == Counter({("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
                           ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
                           ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}),
         f"bad mode/label mix {combo}")
    types = Counter(e["type"] for r in records for e in r["errors"])
    need(sum(types.values()) == 30, f"need 30 errors, have {sum(types.values())}")
    for t in TYPES:
        need(types[t] >= 2, f"type {t} has {types[t]} errors")
    seen_ref, seen_cand = set(), set()
    for r in records:
        cid, ref, cand = r["id"], r["reference"], r["candidate"]
        need(70 <= words(ref) <= 190, f"{cid}: reference has {words(ref)} words")
        need(ref != cand, f"{cid}: candidate equals reference")
        need(ref not in seen_ref and cand not in seen_cand, f"{cid}: duplicate text")
        seen_ref.add(ref)
        seen_cand.add(cand)
        if r["mode"] == "summary":
            need(len(cand) < len(ref) and words(cand) < words(ref), f"{cid}: summary not shorter")
            need(all(e["type"] != "omission" for e in r["errors"]), f"{cid}: omission in summary")
        n_tr = len(r["traps"])
        if r["label"] == "consistent":
            need(not r["errors"], f"{cid}: consistent with errors")
            need(3 <= n_tr <= 5, f"{cid}: consistent pair has {n_tr} traps")
        else:
            need(1 <= len(r["errors"]) <= 3, f"{cid}: {len(r['errors'])} errors")
            need(n_tr <= 3, f"{cid}: inconsistent pair has {n_tr} traps")
        for sp in r["errors"] + r["traps"]:
            need(cand[sp["start"]:sp["end"]] == sp["text"], f"{cid}: offset mismatch")
        for k, v in r.items():
            if isinstance(v, str):
                need("  " not in v and v == v.strip(), f"{cid}: stray whitespace in {k}")
    # round trip through JSON
    for r in records:
        back = json.loads(json.dumps(r, ensure_ascii=False))
        for sp in back["errors"] + back["traps"]:
            need(back["candidate"][sp["start"]:sp["end"]] == sp["text"], f"{r['id']}: JSON offset mismatch")


def summary(records):
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    combo = Counter((r["mode"], r["label"]) for r in records)
    per = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    tc = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    ti = sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")
    rw = [words(r["reference"]) for r in records]
    lines = [f"pairs: {len(records)}",
             "mode/label: " + ", ".join(f"{m}/{l}={n}" for (m, l), n in sorted(combo.items())),
             f"errors: {sum(types.values())} " + ", ".join(f"{t}={types[t]}" for t in TYPES),
             "errors per inconsistent pair: " + ", ".join(f"{k}:{v}" for k, v in sorted(per.items())),
             "severity: " + ", ".join(f"{k}={v}" for k, v in sorted(sev.items())),
             f"traps: consistent={tc}, inconsistent={ti}, total={tc + ti}",
             f"reference words: {min(rw)}-{max(rw)}"]
    return "\n".join(lines)


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        records = build()
        validate_set(records)
    except Invalid as exc:
        print(f"INVALID: {exc}", file=sys.stderr)
        return 1
    print(summary(records))
    if check_only:
        print("check only: valid, nothing written")
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
