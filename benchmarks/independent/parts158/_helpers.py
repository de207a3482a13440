"""Small constructors for the hand-written cases of set 158.

Offsets are never written by hand: a span is given by its exact text (plus an
occurrence index when that text repeats in the candidate) and the builder in
make_set158.py finds it by string search.  An omission is given by an anchor:
the empty span sits right after the `occ`-th occurrence of `after`.
"""


def E(text, etype, severity, ref=None, occ=0):
    """A non-empty error span in the candidate."""
    return {"kind": "span", "text": text, "type": etype,
            "severity": severity, "ref_text": ref, "occ": occ}


def O(ref, severity, after, occ=0):
    """An omission: empty span right after the anchor text `after`."""
    return {"kind": "omission", "text": "", "type": "omission",
            "severity": severity, "ref_text": ref, "after": after, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording of `ref` (reference wording)."""
    return {"text": text, "ref_text": ref, "occ": occ}


def C(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "label": label,
            "reference": reference, "candidate": candidate,
            "errors": list(errors), "traps": list(traps)}
