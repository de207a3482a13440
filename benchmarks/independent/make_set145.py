"""Build held-out evaluation set 145 for the fact-comparison tool.

How it was made
---------------
Every pair was hand-written by a helper session that saw no code or data of
the project and no existing benchmark, working only from a written brief.
All people, companies, organisations, places and figures are invented (real
countries appear only as background).  The cases live as Python data in
parts145/p1.py ... p4.py (ten pairs each); this script computes every
character offset by string search (an occurrence index is given where a
quoted text repeats), validates everything and writes set145.jsonl.

    python3 make_set145.py          # validate and write set145.jsonl
    python3 make_set145.py --check  # validate only, write nothing

Composition
-----------
40 pairs, each from a different domain: 20 consistent, 20 inconsistent.
  rewrite      20 (10 consistent, 10 inconsistent)
  summary      10 (5 consistent, 5 inconsistent)
  translation  10 (5 consistent, 5 inconsistent)
30 errors (10 inconsistent pairs with one error, 10 with two):
  entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 2, event 3, omission 2, addition 2, repetition 2.
140 traps: 90 on the consistent pairs (3-5 each), 50 on the inconsistent
pairs (1-3 each).  Severities: 23 major, 5 minor, 2 critical.
References are 70-190 words in news/agency/corporate/official register.
Offsets are Python str offsets into `candidate`, [start, end).
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from parts145 import p1, p2, p3, p4  # noqa: E402

OUT = os.path.join(HERE, "set145.jsonl")
PREFIX = "s145"

DOMAINS = [
    "gene bank seed vault", "waterfall viewing platform", "toy museum move",
    "waterbus service", "gold coin hoard inquest", "typhoon relief flights",
    "bollard installation", "pylon route consultation", "sea wall breach",
    "milk round revival", "snowdrop garden opening", "hop growers",
    "school bus route change", "sheep rustling arrests", "yurt campsite planning",
    "pony sanctuary", "chocolate factory expansion", "cliff rescue team",
    "apple juice recall", "wastewater virus monitoring",
    "battery storage site objection", "stone circle excavation",
    "sunflower oil shortage", "bee orchid discovery", "hospital car parking fees",
    "bookshop union", "pedestrian crossing campaign", "taxi app fare rules",
    "gravestone restoration", "postbox collection times",
    "lifeboat station rebuild", "mural removal row", "parish council election",
    "airport noise curfew", "clock museum theft", "rag rug workshop",
    "pigeon culling plan", "student loan interest", "lorry driver rest areas",
    "ski resort snow cannons",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition"]
EXPECTED_TYPES = {"entity": 3, "number": 4, "date": 3, "role": 3, "polarity": 3,
                  "modality": 3, "attribution": 2, "event": 3, "omission": 2,
                  "addition": 2, "repetition": 2}
MODES = ["rewrite", "summary", "translation"]
EXPECTED_MODES = {"rewrite": 20, "summary": 10, "translation": 10}
SEVERITIES = {"minor", "major", "critical"}


class Invalid(Exception):
    pass


def nth(hay, needle, n):
    """Start of the n-th (0-based) occurrence of needle in hay, or -1."""
    pos = -1
    for _ in range(n + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def words(s):
    return s.split()


def check_bounds(cand, start, end, what):
    if start > 0 and start < len(cand) and cand[start - 1].isalnum() \
            and cand[start].isalnum():
        raise Invalid(f"{what}: start {start} cuts a word")
    if 0 < end < len(cand) and cand[end - 1].isalnum() and cand[end].isalnum():
        raise Invalid(f"{what}: end {end} cuts a word")


def longest_shared_run(a, b):
    """Longest run of identical lower-cased words shared by a and b."""
    wa = re.findall(r"[\w'’-]+", a.lower())
    wb = re.findall(r"[\w'’-]+", b.lower())
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


def build_record(idx, case):
    rid = f"{PREFIX}-{idx:03d}"
    ref, cand, mode = case["reference"], case["candidate"], case["mode"]
    tag = f"{rid} ({case['domain']})"
    if mode not in MODES:
        raise Invalid(f"{tag}: bad mode {mode}")
    for name, s in (("reference", ref), ("candidate", cand)):
        if s != s.strip() or "  " in s or "\n" in s:
            raise Invalid(f"{tag}: {name} has stray whitespace")
    nref = len(words(ref))
    if not 70 <= nref <= 190:
        raise Invalid(f"{tag}: reference has {nref} words")
    if mode == "summary" and not (len(words(cand)) < nref and len(cand) < len(ref)):
        raise Invalid(f"{tag}: summary not shorter than reference")
    if cand == ref:
        raise Invalid(f"{tag}: candidate identical to reference")
    if mode == "translation":
        run = longest_shared_run(ref, cand)
        if run > 8:
            raise Invalid(f"{tag}: translations share a {run}-word run")

    spans = []  # (start, end, kind, what)
    errors = []
    for k, e in enumerate(case["errors"]):
        what = f"{tag} error {k} ({e['type']})"
        if e["type"] not in TYPES:
            raise Invalid(f"{what}: unknown type")
        if e["severity"] not in SEVERITIES:
            raise Invalid(f"{what}: bad severity")
        rt = e["ref_text"]
        if e["type"] == "omission":
            if mode == "summary":
                raise Invalid(f"{what}: omission in a summary")
            if not rt or rt not in ref:
                raise Invalid(f"{what}: ref_text not in reference")
            if rt in cand:
                raise Invalid(f"{what}: omitted words present in candidate")
            a = nth(cand, e["anchor"], e["occ"])
            if a < 0:
                raise Invalid(f"{what}: anchor not found")
            pos = a + len(e["anchor"]) if e["side"] == "after" else a
            start = end = pos
            if 0 < pos < len(cand) and cand[pos - 1].isalnum() and cand[pos].isalnum():
                raise Invalid(f"{what}: omission point inside a word")
            text = ""
        else:
            text = e["text"]
            if not text or text != text.strip():
                raise Invalid(f"{what}: empty or padded text")
            start = nth(cand, text, e["occ"])
            if start < 0:
                raise Invalid(f"{what}: text not found in candidate: {text!r}")
            end = start + len(text)
            check_bounds(cand, start, end, what)
            if e["type"] in ("addition", "repetition"):
                if rt is not None:
                    raise Invalid(f"{what}: ref_text must be null")
                if e["type"] == "repetition" and cand.find(text) >= start:
                    raise Invalid(f"{what}: no earlier copy in candidate")
            else:
                if not rt or rt not in ref:
                    raise Invalid(f"{what}: ref_text not in reference: {rt!r}")
                if rt == text:
                    raise Invalid(f"{what}: text equals ref_text")
        spans.append((start, end, "error", what))
        errors.append({"start": start, "end": end, "text": text,
                       "type": e["type"], "severity": e["severity"],
                       "ref_text": rt})

    traps = []
    for k, t in enumerate(case["traps"]):
        what = f"{tag} trap {k}"
        text, rt = t["text"], t["ref_text"]
        if not text or text != text.strip():
            raise Invalid(f"{what}: empty or padded text")
        start = nth(cand, text, t["occ"])
        if start < 0:
            raise Invalid(f"{what}: text not found in candidate: {text!r}")
        end = start + len(text)
        check_bounds(cand, start, end, what)
        if rt not in ref:
            raise Invalid(f"{what}: ref_text not in reference: {rt!r}")
        if text in ref:
            raise Invalid(f"{what}: trap text occurs verbatim in reference")
        spans.append((start, end, "trap", what))
        traps.append({"start": start, "end": end, "text": text, "ref_text": rt})

    # no overlaps (a zero-width omission may not sit strictly inside a span)
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            s1, e1, _, w1 = spans[i]
            s2, e2, _, w2 = spans[j]
            if s1 == e1 or s2 == e2:
                p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                if s < p < e or (s1 == e1 and s2 == e2 and s1 == s2):
                    raise Invalid(f"{w1} / {w2}: overlap")
            elif s1 < e2 and s2 < e1:
                raise Invalid(f"{w1} / {w2}: overlap")

    label = "inconsistent" if errors else "consistent"
    if label == "consistent" and not 3 <= len(traps) <= 5:
        raise Invalid(f"{tag}: consistent pair needs 3-5 traps")
    if label == "inconsistent" and not (len(traps) <= 3 and 1 <= len(errors) <= 2):
        raise Invalid(f"{tag}: inconsistent pair needs 1-2 errors, 0-3 traps")
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": rid, "domain": case["domain"], "mode": mode,
            "reference": ref, "candidate": cand, "label": label,
            "errors": errors, "traps": traps}


def number_warnings(rec):
    """Numbers in a consistent candidate (outside traps) absent from reference."""
    out = []
    if rec["label"] != "consistent":
        return out
    cand = rec["candidate"]
    masked = list(cand)
    for t in rec["traps"]:
        for i in range(t["start"], t["end"]):
            masked[i] = " "
    ref_nums = set(re.findall(r"\d[\d,.]*\d|\d", rec["reference"]))
    for n in re.findall(r"\d[\d,.]*\d|\d", "".join(masked)):
        if n not in ref_nums:
            out.append(f"{rec['id']}: number {n} not in reference")
    return out


def main(argv):
    check_only = "--check" in argv
    cases = p1.CASES + p2.CASES + p3.CASES + p4.CASES
    recs = [build_record(i + 1, c) for i, c in enumerate(cases)]

    if len(recs) != 40:
        raise Invalid(f"expected 40 pairs, got {len(recs)}")
    doms = [r["domain"] for r in recs]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != 40:
        raise Invalid("domains must be the 40 listed ones, each once")
    modes = Counter(r["mode"] for r in recs)
    if dict(modes) != EXPECTED_MODES:
        raise Invalid(f"mode counts {dict(modes)}")
    for m, n in EXPECTED_MODES.items():
        c = sum(1 for r in recs if r["mode"] == m and r["label"] == "consistent")
        if c != n // 2:
            raise Invalid(f"{m}: {c} consistent, expected {n // 2}")
    types = Counter(e["type"] for r in recs for e in r["errors"])
    if dict(types) != EXPECTED_TYPES or sum(types.values()) != 30:
        raise Invalid(f"error type counts {dict(types)}")

    warns = [w for r in recs for w in number_warnings(r)]
    for w in warns:
        print("warning:", w, file=sys.stderr)

    labels = Counter(r["label"] for r in recs)
    by_ml = Counter((r["mode"], r["label"]) for r in recs)
    ntraps = sum(len(r["traps"]) for r in recs)
    print(f"pairs: {len(recs)}  labels: {dict(labels)}")
    for m in MODES:
        print(f"  {m}: consistent {by_ml[(m, 'consistent')]}, "
              f"inconsistent {by_ml[(m, 'inconsistent')]}")
    print("errors:", sum(types.values()), {t: types[t] for t in TYPES})
    print("severity:", dict(Counter(e["severity"] for r in recs for e in r["errors"])))
    print(f"traps: {ntraps} (consistent "
          f"{sum(len(r['traps']) for r in recs if r['label'] == 'consistent')}, "
          f"inconsistent "
          f"{sum(len(r['traps']) for r in recs if r['label'] == 'inconsistent')})")
    wc = [len(words(r["reference"])) for r in recs]
    print(f"reference words: min {min(wc)}, max {max(wc)}, mean {sum(wc) / len(wc):.0f}")

    if check_only:
        print("check OK (nothing written)")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except Invalid as exc:
        print("INVALID:", exc, file=sys.stderr)
        sys.exit(1)
