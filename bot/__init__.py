"""The composition root: settings, wiring, the runner and the command line."""
