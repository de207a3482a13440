"""Small constructors used by the case modules of set171."""


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "label": label,
            "reference": reference, "candidate": candidate,
            "errors": list(errors), "traps": list(traps)}


def err(text, etype, severity, ref_text, occ=None):
    """An error span located by searching `text` in the candidate."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def omit(after, severity, ref_text, occ=None):
    """An omission: the empty span sits right after the text `after`."""
    return {"after": after, "type": "omission", "severity": severity,
            "ref_text": ref_text, "occ": occ}


def trap(text, ref_text, occ=None):
    return {"text": text, "ref_text": ref_text, "occ": occ}
