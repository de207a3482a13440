"""Hand-written cases for set150 (see ../make_set150.py)."""
