"""Small constructors used by the case files. Offsets are never written by hand:
each span is given by its quoted text (plus an occurrence index where the text
repeats in the candidate) and located by make_set137.py."""


def E(text, type, severity, ref_text, occ=None):
    """An error span quoted from the candidate."""
    return {"text": text, "type": type, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OM(anchor, ref_text, severity, where="before", occ=None):
    """An omission: zero-width point just before (or after) `anchor` in the candidate."""
    return {"anchor": anchor, "where": where, "type": "omission",
            "severity": severity, "ref_text": ref_text, "occ": occ}


def T(text, ref_text, occ=None):
    """A trap: faithful rewording in the candidate; ref_text is the reference wording."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def C(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "label": label,
            "reference": " ".join(reference.split()),
            "candidate": " ".join(candidate.split()),
            "errors": list(errors), "traps": list(traps)}
