"""Build held-out evaluation set 157 for the fact-comparison tool.

How it was made
---------------
Every pair was hand-written by a helper session that saw no code or data of
the project and no existing benchmark, working only from a written brief.
All people, companies, organisations, places and figures are invented (real
countries appear only as background). The cases live as Python data in
parts157/p1.py ... p4.py; this script computes every character offset by
string search (an occurrence index is given where a quoted text repeats),
validates the whole set and writes set157.jsonl next to itself.

Composition
-----------
* 40 pairs, each from a different domain: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5; both texts are independent English translations of
  the same imagined non-English story).
* 30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 2, event 3, omission 2, addition 2, repetition 2.
  Ten inconsistent pairs carry one error and ten carry two. Omissions occur
  only in rewrite and translation pairs.
* Traps (faithful rewordings a naive checker might flag): 3-5 in every
  consistent pair, 1-3 in every inconsistent pair.
* References are 70-190 words in news / agency / corporate / official
  register; every summary is shorter than its reference.

Usage: python3 make_set157.py            # validate and write set157.jsonl
       python3 make_set157.py --check    # validate only, write nothing
"""

import argparse
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts157 import p1, p2, p3, p4  # noqa: E402

N = 157
OUT = os.path.join(HERE, "set157.jsonl")

DOMAINS = [
    "robot surgery trial", "prison riot report", "dry dock lease", "police dog retirement fund",
    "river crossing toll", "bridge collapse inquiry", "fog warning buoy", "student grant increase",
    "community orchard planting", "post office counter closure", "mountain biking trail",
    "toxic mould in flats", "fruit picker shortage", "dog show ban", "printing works closure",
    "horseshoe crab survey", "paper mill conversion", "historic organ sale", "caviar fraud trial",
    "ferris wheel approval", "parliament building restoration", "lumber mill fire",
    "rural surgery closure", "prize-winning novel controversy", "camel race prize",
    "abattoir hygiene breach", "university merger talks", "electric car charger rollout",
    "glass factory sale", "river pollution cleanup", "rodeo licence", "medical records breach",
    "railway sleeper car service", "swan deaths investigation", "ancient shipwreck find",
    "bike lane crash inquest", "stadium roof replacement", "sea freight rates",
    "vaccine clinic expansion", "volunteer library takeover",
]
ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution",
               "event", "omission", "addition", "repetition"]
MODES = ["rewrite", "summary", "translation"]
SEVERITIES = {"minor", "major", "critical"}


class Invalid(Exception):
    pass


def words(text):
    return len(text.split())


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(cand, text, occ, where):
    hits = occurrences(cand, text)
    if not hits:
        raise Invalid(f"{where}: {text!r} not found in candidate")
    if occ is None:
        if len(hits) > 1:
            raise Invalid(f"{where}: {text!r} occurs {len(hits)} times; give occ")
        occ = 0
    if occ >= len(hits):
        raise Invalid(f"{where}: occurrence {occ} of {text!r} does not exist")
    return hits[occ]


def cuts_word(s, pos):
    return 0 < pos < len(s) and s[pos - 1].isalnum() and s[pos].isalnum()


def check_text(t, where):
    if "  " in t or t != t.strip():
        raise Invalid(f"{where}: stray whitespace")
    m = re.search(r"[a-z][.;,:][A-Za-z]", t)
    if m:
        raise Invalid(f"{where}: missing space near {m.group(0)!r}")


def build_case(idx, c):
    where = f"case {idx} ({c['domain']})"
    ref, cand = c["reference"], c["candidate"]
    check_text(ref, where + " reference")
    check_text(cand, where + " candidate")
    if ref == cand:
        raise Invalid(f"{where}: candidate equals reference")
    if c["mode"] not in MODES:
        raise Invalid(f"{where}: bad mode")
    nw = words(ref)
    if not 70 <= nw <= 190:
        raise Invalid(f"{where}: reference has {nw} words")
    if c["mode"] == "summary" and not (words(cand) < nw and len(cand) < len(ref)):
        raise Invalid(f"{where}: summary not shorter than reference")

    errors = []
    for e in c["errors"]:
        t, sev, rt = e["type"], e["severity"], e["ref_text"]
        if t not in ERROR_TYPES:
            raise Invalid(f"{where}: bad error type {t}")
        if sev not in SEVERITIES:
            raise Invalid(f"{where}: bad severity {sev}")
        if e["kind"] == "omission":
            if t != "omission" or c["mode"] == "summary":
                raise Invalid(f"{where}: omission not allowed here")
            if not rt or rt not in ref:
                raise Invalid(f"{where}: omission ref_text {rt!r} not in reference")
            if rt in cand:
                raise Invalid(f"{where}: omitted words {rt!r} present in candidate")
            if (e["after"] is None) == (e["before"] is None):
                raise Invalid(f"{where}: omission needs exactly one anchor")
            anchor = e["after"] if e["after"] is not None else e["before"]
            p = locate(cand, anchor, e["occ"], where)
            pos = p + len(anchor) if e["after"] is not None else p
            if cuts_word(cand, pos):
                raise Invalid(f"{where}: omission point inside a word")
            errors.append({"start": pos, "end": pos, "text": "", "type": t,
                           "severity": sev, "ref_text": rt})
            continue
        if t == "omission":
            raise Invalid(f"{where}: omission built as span")
        text = e["text"]
        if not text or text != text.strip():
            raise Invalid(f"{where}: bad error text {text!r}")
        s = locate(cand, text, e["occ"], where)
        end = s + len(text)
        if t in ("addition", "repetition"):
            if rt is not None:
                raise Invalid(f"{where}: {t} must have ref_text null")
            if t == "repetition" and cand.find(text) >= s:
                raise Invalid(f"{where}: repetition {text!r} has no earlier copy")
            if t == "addition" and text in ref:
                raise Invalid(f"{where}: addition {text!r} is in the reference")
        else:
            if not rt or rt not in ref:
                raise Invalid(f"{where}: error ref_text {rt!r} not in reference")
            if rt == text:
                raise Invalid(f"{where}: error text equals ref_text")
        errors.append({"start": s, "end": end, "text": text, "type": t,
                       "severity": sev, "ref_text": rt})

    traps = []
    for tr in c["traps"]:
        text, rt = tr["text"], tr["ref_text"]
        if not text or text != text.strip():
            raise Invalid(f"{where}: bad trap text {text!r}")
        if rt not in ref:
            raise Invalid(f"{where}: trap ref_text {rt!r} not in reference")
        if rt == text:
            raise Invalid(f"{where}: trap text equals ref_text")
        s = locate(cand, text, tr["occ"], where)
        traps.append({"start": s, "end": s + len(text), "text": text, "ref_text": rt})

    spans = [(x["start"], x["end"], x["text"]) for x in errors + traps]
    for s, e, text in spans:
        if cand[s:e] != text:
            raise Invalid(f"{where}: offset mismatch for {text!r}")
        if s < e and (cuts_word(cand, s) or cuts_word(cand, e)):
            raise Invalid(f"{where}: span {text!r} cuts a word")
    for i, (s1, e1, t1) in enumerate(spans):
        for s2, e2, t2 in spans[i + 1:]:
            if s1 == e1 or s2 == e2:
                pt, (a, b) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                if a < pt < b:
                    raise Invalid(f"{where}: omission point inside span")
            elif s1 < e2 and s2 < e1:
                raise Invalid(f"{where}: spans overlap: {t1!r} / {t2!r}")

    label = c["label"]
    if label not in ("consistent", "inconsistent"):
        raise Invalid(f"{where}: bad label")
    if (label == "consistent") != (not errors):
        raise Invalid(f"{where}: label does not match errors")
    if label == "consistent" and not 3 <= len(traps) <= 5:
        raise Invalid(f"{where}: consistent pair needs 3-5 traps")
    if label == "inconsistent" and not (1 <= len(errors) <= 3 and len(traps) <= 3):
        raise Invalid(f"{where}: inconsistent pair has bad error/trap counts")

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: x["start"])
    return {"domain": c["domain"], "mode": c["mode"], "reference": ref, "candidate": cand,
            "label": label, "errors": errors, "traps": traps}


def build():
    cases = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    if len(cases) != 40:
        raise Invalid(f"expected 40 cases, got {len(cases)}")
    recs = [build_case(i + 1, c) for i, c in enumerate(cases)]

    doms = [r["domain"] for r in recs]
    if sorted(doms) != sorted(DOMAINS):
        raise Invalid("domains do not match the list one-to-one")
    by = Counter((r["mode"], r["label"]) for r in recs)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(by) != want:
        raise Invalid(f"mode/label mix wrong: {dict(by)}")
    types = Counter(e["type"] for r in recs for e in r["errors"])
    if sum(types.values()) != 30:
        raise Invalid(f"expected 30 errors, got {sum(types.values())}")
    for t in ERROR_TYPES:
        if types[t] < 2:
            raise Invalid(f"error type {t} used {types[t]} times")
    incons = [r for r in recs if r["label"] == "inconsistent"]
    if sum(1 for r in incons if len(r["errors"]) <= 2) < len(incons) * 0.75:
        raise Invalid("most inconsistent pairs should have 1-2 errors")
    refs = [r["reference"] for r in recs]
    if len(set(refs)) != len(refs):
        raise Invalid("duplicate reference")

    random.Random(N).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": f"s{N}-{i:03d}", **r})
    return out


def summary_lines(recs):
    lines = []
    by = Counter((r["mode"], r["label"]) for r in recs)
    for m in MODES:
        lines.append(f"{m}: consistent {by[(m, 'consistent')]}, inconsistent {by[(m, 'inconsistent')]}")
    types = Counter(e["type"] for r in recs for e in r["errors"])
    lines.append("errors: " + ", ".join(f"{t} {types[t]}" for t in ERROR_TYPES)
                 + f" (total {sum(types.values())})")
    tc = sum(len(r["traps"]) for r in recs if r["label"] == "consistent")
    ti = sum(len(r["traps"]) for r in recs if r["label"] == "inconsistent")
    lines.append(f"traps: {tc + ti} ({tc} in consistent pairs, {ti} in inconsistent pairs)")
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate only; write nothing")
    args = ap.parse_args()
    try:
        recs = build()
    except Invalid as exc:
        print(f"INVALID: {exc}", file=sys.stderr)
        return 1
    for line in summary_lines(recs):
        print(line)
    if args.check:
        print(f"OK: {len(recs)} records valid (nothing written)")
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"OK: wrote {len(recs)} records to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
