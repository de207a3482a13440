"""Hand-written cases for set 151."""
