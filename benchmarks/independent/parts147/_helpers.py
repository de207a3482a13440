"""Small constructors for the hand-written cases of set147.

Spans are given as quoted text (plus an occurrence index where the text
repeats in the candidate); make_set147.py turns them into offsets.
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


def err(text, type_, severity, ref_text, occ=None):
    """A non-omission error: `text` is the span quoted from the candidate."""
    return {"text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def om(ref_text, severity, after=None, before=None, occ=None):
    """An omission at the point just after `after` (or just before `before`)."""
    return {"text": "", "type": "omission", "severity": severity,
            "ref_text": ref_text, "after": after, "before": before, "occ": occ}


def trap(text, ref_text, occ=None):
    return {"text": text, "ref_text": ref_text, "occ": occ}
