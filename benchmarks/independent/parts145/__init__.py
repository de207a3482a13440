"""Case modules for set145 (hand-written)."""
