"""Hand-written cases for set149 (see ../make_set149.py)."""
