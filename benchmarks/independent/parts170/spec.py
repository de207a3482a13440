"""Small constructors for hand-written cases of set170 (no offsets here: they are computed later)."""


def C(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "label": label,
            "reference": reference, "candidate": candidate,
            "errors": list(errors), "traps": list(traps)}


def E(text, type_, severity, ref_text, occ=None):
    """An error span quoted from the candidate (occ = occurrence index when the text repeats)."""
    return {"text": text, "type": type_, "severity": severity, "ref_text": ref_text, "occ": occ}


def O(after, ref_text, severity, occ=None):
    """An omission: the missing words (ref_text) belong right after the quoted candidate text `after`."""
    return {"after": after, "type": "omission", "severity": severity, "ref_text": ref_text, "occ": occ}


def T(text, ref_text, occ=None):
    """A trap: faithful rewording in the candidate of the reference wording ref_text."""
    return {"text": text, "ref_text": ref_text, "occ": occ}
