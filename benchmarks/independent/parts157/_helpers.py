"""Small constructors for the hand-written cases of set 157.

Spans are given by their text (plus an occurrence index where the text
repeats in the candidate); make_set157.py turns them into offsets.
"""


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {
        "domain": domain,
        "mode": mode,
        "label": label,
        "reference": reference,
        "candidate": candidate,
        "errors": list(errors),
        "traps": list(traps),
    }


def err(text, type_, severity, ref_text=None, occ=None):
    """A non-omission error span: `text` is quoted from the candidate."""
    return {"kind": "span", "text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def omit(ref_text, severity, after=None, before=None, occ=None):
    """An omission: a zero-width point right after `after` (or right before
    `before`) in the candidate; `ref_text` holds the missing words."""
    return {"kind": "omission", "text": "", "type": "omission",
            "severity": severity, "ref_text": ref_text,
            "after": after, "before": before, "occ": occ}


def trap(text, ref_text, occ=None):
    """A faithful rewording: `text` in the candidate, `ref_text` in the reference."""
    return {"text": text, "ref_text": ref_text, "occ": occ}
