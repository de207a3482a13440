"""Small constructors for hand-written cases. Offsets are never typed by hand:
spans are given as quoted text (plus an occurrence index when the text repeats)
and resolved by string search in make_set149.py."""


def E(text, etype, severity, ref=None, occ=0):
    """An error span in the candidate. ref is the reference wording (None for
    addition and repetition)."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref, "occ": occ}


def O(ref, severity, after=None, before=None, occ=0):
    """An omission: a zero-width span placed right after `after` (or right
    before `before`), occurrence `occ` of that anchor in the candidate."""
    assert (after is None) != (before is None)
    return {"text": "", "type": "omission", "severity": severity,
            "ref_text": ref, "after": after, "before": before, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording of the reference wording `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


def case(domain, mode, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode,
            "reference": " ".join(reference.split()),
            "candidate": " ".join(candidate.split()),
            "errors": list(errors), "traps": list(traps)}
