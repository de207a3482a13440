"""Hand-written cases for set153 (see make_set153.py)."""
