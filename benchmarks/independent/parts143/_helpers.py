"""Small constructors for the hand-written cases.

Offsets are never written by hand: each span is given by its text (and an
occurrence index when the text repeats in the candidate); make_set143.py
resolves the offsets by string search.
"""


def E(text, etype, severity, ref_text, occ=0):
    """An error span in the candidate (not an omission)."""
    return {"kind": "span", "text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OM(anchor, ref_text, severity, occ=0, before=False):
    """An omission: zero-width point right after `anchor` (or right before it
    when before=True); ref_text holds the missing reference words."""
    return {"kind": "omission", "anchor": anchor, "type": "omission",
            "severity": severity, "ref_text": ref_text, "occ": occ,
            "before": before}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording in the candidate of `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}
