"""Small constructors for hand-written cases. Offsets are never typed here:
make_set153.py locates every span by string search (occ = occurrence index)."""


def E(text, type, severity, ref=None, occ=0):
    """An error span: `text` (its occ-th occurrence in the candidate)."""
    return {"kind": "span", "text": text, "type": type, "severity": severity,
            "ref_text": ref, "occ": occ}


def OM(after, ref, severity, occ=0):
    """An omission: an empty span placed right after the occ-th occurrence of
    `after` in the candidate; `ref` holds the missing reference words."""
    return {"kind": "omission", "after": after, "type": "omission",
            "severity": severity, "ref_text": ref, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording `text` of the reference wording `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "label": label,
            "reference": reference, "candidate": candidate,
            "errors": list(errors), "traps": list(traps)}
