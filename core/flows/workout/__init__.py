"""The workout conversation: starting a session, prompting and logging sets, swaps, undo and stop."""
