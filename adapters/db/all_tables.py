"""Every table module, imported so that the metadata is complete (Alembic and the schema checks use this)."""
from __future__ import annotations

from adapters.db import reminder_tables  # noqa: F401  (reminders: schedules, outbox, members, pauses)
from adapters.db import link_tables  # noqa: F401  (account linking: codes, failed attempts)
from adapters.db import card_tables  # noqa: F401  (where each living card is shown)
from adapters.db import tables
from adapters.db.tables import metadata

__all__ = ["metadata", "tables"]
