"""Small constructors for hand-written case data (set 167).

Texts are written in triple-quoted strings and whitespace-normalised, so line
wrapping in the source never matters.  No offsets are typed by hand: spans are
given by quoted text (plus an occurrence index where the text repeats) and the
main script finds them by string search.
"""


def norm(s):
    return " ".join(s.split())


def E(text, type_, severity, ref_text, occ=0):
    """An error span in the candidate."""
    return {"text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OMIT(ref_text, severity, after=None, before=None, occ=0):
    """An omission: zero-width point after (or before) an anchor text."""
    assert (after is None) != (before is None)
    return {"text": "", "type": "omission", "severity": severity,
            "ref_text": ref_text, "after": after, "before": before, "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording of reference wording."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "label": label,
            "reference": norm(reference), "candidate": norm(candidate),
            "errors": list(errors), "traps": list(traps)}
