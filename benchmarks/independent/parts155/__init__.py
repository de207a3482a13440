"""Hand-written cases for set155 (see ../make_set155.py)."""
