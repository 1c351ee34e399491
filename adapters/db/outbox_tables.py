"""The reply outbox: what a message's unit of work answered, kept until the platform has it."""
from __future__ import annotations

from sqlalchemy import JSON, Column, Integer, String, Table

from adapters.db.tables import metadata

# One row per handled message (keyed like the redelivery guard); `sent` counts the replies
# already delivered, and the row is removed once all `total` are out.
reply_outbox = Table(
    "reply_outbox",
    metadata,
    Column("platform", String(20), primary_key=True),
    Column("message_id", String(80), primary_key=True),
    Column("replies", JSON, nullable=False),
    Column("total", Integer, nullable=False),
    Column("sent", Integer, nullable=False),
)

__all__ = ["reply_outbox"]
