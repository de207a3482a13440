"""Small constructors for hand-written cases (set 151). No offsets are typed here."""


def E(text, type_, severity, ref_text, occ=0, after=None, before=None):
    """An error span.

    text/occ: the quoted candidate text and which occurrence of it (0-based).
    For omissions text is "" and the insertion point is given by `after`
    (end of that candidate text) or `before` (start of that candidate text),
    each an occurrence-0 string unless given as a (text, occ) tuple.
    """
    return {"text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ, "after": after, "before": before}


def T(text, ref_text, occ=0):
    """A trap: a faithful rewording in the candidate and the reference wording."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "label": label,
            "reference": reference, "candidate": candidate,
            "errors": list(errors), "traps": list(traps)}
