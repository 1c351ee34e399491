"""A terminal chat on the same core: the zero-setup way to try the coach."""
