"""Tables for linking accounts across platforms: pending codes and failed attempts."""
from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, String, Table

from adapters.db.tables import ID, metadata
from adapters.db.types import UTCDateTime

link_codes = Table(
    "link_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("user_id", ID, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("platform", String(20), nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

# Keyed by the platform account that typed a wrong code (it may not have a profile worth keeping).
link_attempts = Table(
    "link_attempts",
    metadata,
    Column("id", ID, primary_key=True, autoincrement=True),
    Column("platform", String(20), nullable=False),
    Column("platform_user_id", String(64), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Index("ix_link_attempts_account", "platform", "platform_user_id"),
)

__all__ = ["link_codes", "link_attempts"]
