"""Helpers for writing set138 cases as plain Python data (no offsets typed by hand)."""


def E(text, type, severity, ref_text, occ=0):
    """A non-empty error span: `text` is searched in the candidate (occ-th occurrence)."""
    return {"kind": "span", "text": text, "type": type, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def O(ref_text, severity, after=None, before=None, occ=0):
    """An omission: zero-width span placed right after `after` (or right before `before`)."""
    return {"kind": "omission", "type": "omission", "severity": severity,
            "ref_text": ref_text, "after": after, "before": before, "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording `text` in the candidate of `ref_text` in the reference."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def C(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "label": label,
            "reference": reference, "candidate": candidate,
            "errors": list(errors), "traps": list(traps)}
