"""Small builders for the hand-written cases of set162 (no offsets are typed by hand)."""


def E(text, type, severity, ref_text, occ=None, after=None, before=None, anchor_occ=None):
    """An error. `text` is quoted from the candidate; `occ` picks the occurrence when it repeats.
    For an omission text is "" and the empty span sits right `after` (or `before`) an anchor
    quoted from the candidate."""
    return {"text": text, "type": type, "severity": severity, "ref_text": ref_text,
            "occ": occ, "after": after, "before": before, "anchor_occ": anchor_occ}


def T(text, ref_text, occ=None):
    """A trap: faithful rewording quoted from the candidate, with the reference wording."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def C(domain, mode, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "reference": reference, "candidate": candidate,
            "errors": list(errors), "traps": list(traps)}
