"""Hand-written cases for set137, split into four parts (see make_set137.py)."""
