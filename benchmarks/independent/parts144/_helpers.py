"""Small constructors for hand-written cases. No offsets are typed here:
spans are given by their text (plus an occurrence index when the text
repeats), and make_set144.py resolves them by string search."""


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {
        "domain": domain,
        "mode": mode,
        "label": label,
        "reference": reference,
        "candidate": candidate,
        "errors": list(errors),
        "traps": list(traps),
    }


def err(text, type_, severity, ref_text=None, occ=0):
    """An error span: `text` (occurrence `occ`) in the candidate."""
    return {"kind": "span", "text": text, "occ": occ, "type": type_,
            "severity": severity, "ref_text": ref_text}


def omit(ref_text, severity, after=None, before=None, occ=0):
    """An omission: the point right after `after` or right before `before`
    (occurrence `occ`) in the candidate; `ref_text` is the missing wording."""
    assert (after is None) != (before is None)
    return {"kind": "point", "after": after, "before": before, "occ": occ,
            "type": "omission", "severity": severity, "ref_text": ref_text}


def trap(text, ref_text, occ=0):
    return {"text": text, "occ": occ, "ref_text": ref_text}
