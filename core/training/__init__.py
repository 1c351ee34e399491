"""Exercise catalogue, session generation and progression (coaching.md §1-§4)."""
