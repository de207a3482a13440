"""Hand-written case data for set164 (see ../make_set164.py).

Spans are given as quoted text (plus an occurrence index when the text
repeats); make_set164.py turns them into character offsets by string search.
"""


def E(text, type_, severity, ref_text, occ=0, after=None, before=None):
    """An error span.

    For an omission, text is "" and the insertion point is given by an anchor:
    after="..." (point = end of that anchor) or before="..." (point = start of
    that anchor); occ then picks the occurrence of the anchor.
    """
    return {"text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ, "after": after, "before": before}


def T(text, ref_text, occ=0):
    """A trap: a faithful rewording of ref_text."""
    return {"text": text, "ref_text": ref_text, "occ": occ}
