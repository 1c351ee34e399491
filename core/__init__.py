"""Backcoach core: the coach itself, free of any platform, database or framework."""
