"""Where each living card is shown: one row per (platform, chat, card key)."""
from __future__ import annotations

from sqlalchemy import Column, Integer, String, Table

from adapters.db.tables import metadata
from adapters.db.types import UTCDateTime

card_messages = Table(
    "card_messages",
    metadata,
    Column("platform", String(20), primary_key=True),
    Column("chat_id", String(64), primary_key=True),
    Column("card_key", String(64), primary_key=True),
    Column("message_id", String(64), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

__all__ = ["card_messages"]
