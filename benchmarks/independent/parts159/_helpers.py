"""Small constructors for hand-written cases (no offsets are typed by hand).

Spans are given as quoted candidate text plus an occurrence index; the
builder in make_set159.py finds the offsets by string search.
"""


def err(text, etype, severity, ref_text, occ=0):
    """An error span in the candidate (not an omission)."""
    return {"kind": "span", "text": text, "type": etype,
            "severity": severity, "ref_text": ref_text, "occ": occ}


def omit(ref_text, severity, before=None, after=None, occ=0):
    """An omission: zero-width point located at the start of `before`
    (or the end of `after`), occurrence `occ`, in the candidate."""
    if (before is None) == (after is None):
        raise ValueError("omission needs exactly one of before/after")
    return {"kind": "omission", "type": "omission", "severity": severity,
            "ref_text": ref_text, "before": before, "after": after,
            "occ": occ}


def trap(text, ref_text, occ=0):
    """A faithful rewording a naive checker might flag."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def case(domain, mode, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode,
            "reference": " ".join(reference.split()),
            "candidate": " ".join(candidate.split()),
            "errors": list(errors), "traps": list(traps)}
