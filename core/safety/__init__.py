"""Safety: warning-sign screening of every message and the 0-10 pain rules (coaching.md §5)."""
