"""Pictures and files for the core's progress features (matplotlib, Agg backend)."""
