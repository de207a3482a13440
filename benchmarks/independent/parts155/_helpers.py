"""Small constructors for the hand-written cases of set155.

Offsets are never typed by hand: a span is given by its exact text (plus an
occurrence index `occ` when that text occurs more than once in the candidate);
an omission point is given by the candidate text it follows (`after`) or
precedes (`before`).  make_set155.py turns these into character offsets.
"""

DOMAINS = [
    "carnival route dispute", "soap factory redundancies", "city archive move",
    "municipal tree nursery", "teenage climber record", "biogas plant approval",
    "alpine pasture dispute", "island wind turbine", "chimney sweep apprenticeship",
    "village school merger", "shoe factory reshoring", "goat dairy expansion",
    "bamboo flooring recall", "clock museum burglary", "oil spill compensation",
    "school inspection downgrade", "embassy visa backlog", "tannery pollution case",
    "steel bridge painting", "prison escape inquiry", "gondola cable snap",
    "roller coaster closure", "tidal pool restoration", "glider club crash",
    "fencing club funding", "lifeboat station funding", "ropeway inspection",
    "tea plantation wage deal", "rooftop garden scheme", "seaplane service",
    "orphanage records release", "mountain road reopening", "courtroom television ban",
    "skate park planning row", "knitting cooperative export", "mussel harvest ban",
    "dog licence fees", "electricity price cap", "kayak rescue",
    "typewriter museum donation",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]


def E(text, type, severity, ref_text=None, occ=None, after=None, before=None,
      anchor_occ=None):
    """An error span. For an omission, text is "" and `after`/`before` locate it."""
    return {"text": text, "type": type, "severity": severity,
            "ref_text": ref_text, "occ": occ, "after": after, "before": before,
            "anchor_occ": anchor_occ}


def T(text, ref_text, occ=None):
    """A trap: faithful rewording of `ref_text` (reference wording)."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "label": label,
            "reference": reference, "candidate": candidate,
            "errors": list(errors), "traps": list(traps)}
