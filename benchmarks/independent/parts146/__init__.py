"""Hand-written cases for set146 (see make_set146.py)."""
