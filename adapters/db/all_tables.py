"""Every table module, imported so that the metadata is complete (Alembic and the schema checks use this)."""
from __future__ import annotations

from adapters.db import tables
from adapters.db.tables import metadata

__all__ = ["metadata", "tables"]
