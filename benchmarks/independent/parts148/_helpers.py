"""Small constructors for the hand-written cases of set148.

Offsets are never written by hand: each span is given by its exact text and,
where that text occurs more than once in the candidate, an occurrence index
(0-based). make_set148.py resolves them by string search.
"""


def E(text, type_, severity, ref_text, occ=None):
    """A non-omission error span (ref_text None for addition/repetition)."""
    return {"text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OM(ref_text, severity, after=None, before=None, occ=None):
    """An omission: empty span placed right after `after` (or right before
    `before`) in the candidate; ref_text holds the missing reference words."""
    return {"text": "", "type": "omission", "severity": severity,
            "ref_text": ref_text, "after": after, "before": before, "occ": occ}


def T(text, ref_text, occ=None):
    """A trap: faithful rewording of `ref_text` (reference wording)."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "label": label,
            "reference": reference, "candidate": candidate,
            "errors": list(errors), "traps": list(traps)}
