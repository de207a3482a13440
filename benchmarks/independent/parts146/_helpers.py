"""Small constructors used by the case modules of set146.

Offsets are never written by hand: a span is given by its exact text (and an
occurrence index when the text repeats in the candidate); make_set146.py finds
the offsets by string search.
"""


def ws(text):
    """Collapse runs of whitespace so texts can be written over several lines."""
    return " ".join(text.split())


def err(text, etype, severity, ref=None, occ=0):
    """A span error: `text` is the wrong wording in the candidate."""
    return {"kind": "span", "text": text, "type": etype,
            "severity": severity, "ref_text": ref, "occ": occ}


def omit(anchor, ref, severity, side="after", occ=0):
    """An omission: the missing words `ref` belong just `side` of `anchor`."""
    return {"kind": "omission", "anchor": anchor, "side": side,
            "type": "omission", "severity": severity, "ref_text": ref,
            "occ": occ}


def trap(text, ref, occ=0):
    """A faithful rewording: candidate `text` carries the facts of `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


def case(domain, mode, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode,
            "reference": ws(reference), "candidate": ws(candidate),
            "errors": list(errors), "traps": list(traps)}
