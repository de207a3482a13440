"""Small constructors used by the hand-written case files of set 142."""


def E(text, type_, severity, ref_text, occ=0):
    """An error span: `text` is quoted from the candidate (occurrence `occ`)."""
    return {"kind": "span", "text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def O(anchor, ref_text, severity, occ=0, side="after"):
    """An omission: an empty span placed right after (or before) `anchor`."""
    return {"kind": "omission", "anchor": anchor, "type": "omission",
            "severity": severity, "ref_text": ref_text, "occ": occ, "side": side}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording in the candidate of `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}
