"""Hand-written cases for set171 (see ../make_set171.py)."""
