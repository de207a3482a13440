"""Hand-written cases for set152 (see make_set152.py)."""
