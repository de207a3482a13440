"""Small constructors for the hand-written cases of set145.

Cases hold quoted text only; every offset is computed later by string
search in make_set145.py.
"""


def E(text, type_, severity, ref_text=None, occ=0):
    """An error span: `text` is quoted from the candidate (occurrence `occ`)."""
    return {"text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OM(anchor, ref_text, severity, side="after", occ=0):
    """An omission: zero-width point just after (or before) `anchor`."""
    return {"text": "", "type": "omission", "severity": severity,
            "ref_text": ref_text, "anchor": anchor, "side": side, "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording `text` of the reference wording `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def C(domain, mode, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "reference": reference,
            "candidate": candidate, "errors": list(errors),
            "traps": list(traps)}
