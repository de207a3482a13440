"""Small helpers for writing cases as plain Python data.

No offsets are typed by hand: spans are given by their text (plus an
occurrence index where the text repeats) and resolved in make_set152.py.
"""


def W(s):
    """Collapse the whitespace of a triple-quoted text into single spaces."""
    return " ".join(s.split())


def E(text, etype, severity, ref, occ=0):
    """An error span: `text` is the candidate wording (occurrence `occ`)."""
    return {"kind": "span", "text": text, "type": etype, "severity": severity,
            "ref_text": ref, "occ": occ}


def OM(after, ref, severity, occ=0):
    """An omission: zero-width point right after occurrence `occ` of `after`."""
    return {"kind": "omission", "after": after, "type": "omission",
            "severity": severity, "ref_text": ref, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording `text` of the reference wording `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


def C(domain, mode, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "reference": W(reference),
            "candidate": W(candidate), "errors": list(errors),
            "traps": list(traps)}
