"""A back session in progress: its plan, where the lifter is in it, and the sets logged."""
