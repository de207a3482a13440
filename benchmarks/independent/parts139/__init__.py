"""Hand-written case data for set139 (see ../make_set139.py)."""
