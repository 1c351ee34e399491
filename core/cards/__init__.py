"""The living session card: one message per person and session, edited as sets are logged (docs/cards.md)."""
