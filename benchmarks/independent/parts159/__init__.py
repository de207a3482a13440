"""Hand-written case modules for set 159."""
