"""Small constructors for the hand-written set139 cases.

Offsets are never written here: spans are given by their text (plus an
occurrence index where the text repeats) and located by make_set139.py.
"""


def err(text, type_, severity, ref_text, occ=None):
    return {"text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def omit(ref_text, severity, after=None, before=None, occ=None):
    """Omission: a zero-width span placed right after `after` (or right
    before `before`) in the candidate; ref_text holds the missing words."""
    return {"text": "", "type": "omission", "severity": severity,
            "ref_text": ref_text, "after": after, "before": before, "occ": occ}


def trap(text, ref_text, occ=None):
    return {"text": text, "ref_text": ref_text, "occ": occ}


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "label": label,
            "reference": reference, "candidate": candidate,
            "errors": list(errors), "traps": list(traps)}
