"""Small constructors for the hand-written cases of set156 (no offsets are typed here)."""


def err(etype, text, ref, severity, occ=None):
    """An error span located by string search in the candidate.

    occ: which occurrence of `text` in the candidate (0-based); required when the text repeats.
    """
    return {"type": etype, "text": text, "ref_text": ref, "severity": severity, "occ": occ}


def omit(ref, severity, after=None, before=None, occ=None):
    """An omission: zero-width span placed right after `after` (or right before `before`)."""
    assert (after is None) != (before is None)
    return {"type": "omission", "text": "", "ref_text": ref, "severity": severity,
            "after": after, "before": before, "occ": occ}


def trap(text, ref, occ=None):
    """A faithful rewording a naive checker might flag."""
    return {"text": text, "ref_text": ref, "occ": occ}
