"""Small constructors for hand-written cases. Offsets are never typed here:
make_set150.py finds every span by string search (occ = which occurrence,
None = the text must occur exactly once)."""


def err(text, etype, severity, ref=None, occ=None):
    """An error span in the candidate."""
    return {"kind": "span", "text": text, "type": etype,
            "severity": severity, "ref_text": ref, "occ": occ}


def omit(after, ref, severity, occ=None):
    """An omission: zero-width point right after the candidate text `after`."""
    return {"kind": "omit", "after": after, "type": "omission",
            "severity": severity, "ref_text": ref, "occ": occ}


def trap(text, ref, occ=None):
    """A faithful rewording in the candidate; ref is the reference wording."""
    return {"text": text, "ref_text": ref, "occ": occ}


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "label": label,
            "reference": " ".join(reference.split()),
            "candidate": " ".join(candidate.split()),
            "errors": list(errors), "traps": list(traps)}
