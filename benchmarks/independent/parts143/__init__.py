"""Hand-written cases for set143 (see make_set143.py)."""
