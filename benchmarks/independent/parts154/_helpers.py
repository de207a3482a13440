"""Small constructors (occ: 0-based occurrence index, required only where the
searched text occurs more than once in the candidate)

Small constructors for hand-written cases (no offsets are typed by hand).

err(type, text, ref_text, severity, occ=None)  - error span located by string search
omit(ref_text, severity, after=None, before=None, occ=None)
                                            - omission point: end of `after` text or
                                              start of `before` text in the candidate
trap(text, ref_text, occ=None)              - faithful rewording span
case(domain, mode, reference, candidate, errors=(), traps=())
"""


def err(type_, text, ref_text, severity, occ=None):
    return {"type": type_, "text": text, "ref_text": ref_text,
            "severity": severity, "occ": occ}


def omit(ref_text, severity, after=None, before=None, occ=None):
    assert (after is None) != (before is None), "give exactly one anchor"
    return {"type": "omission", "text": "", "ref_text": ref_text,
            "severity": severity, "after": after, "before": before, "occ": occ}


def trap(text, ref_text, occ=None):
    return {"text": text, "ref_text": ref_text, "occ": occ}


def case(domain, mode, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "reference": reference,
            "candidate": candidate, "errors": list(errors), "traps": list(traps)}
