"""The reply outbox: what a message's unit of work answered, kept until the platform has it."""
from __future__ import annotations

from sqlalchemy import JSON, Column, Index, Integer, String, Table, func

from adapters.db.tables import metadata
from adapters.db.types import UTCDateTime

# One row per handled message (keyed like the redelivery guard); `sent` counts the replies
# already delivered, and the row is removed once all `total` are out. The replies are personal
# data: `platform_user_id` says whose they are (for /deleteme) and `created_at` lets rows never
# delivered (a blocked bot, a send that failed for good) be pruned after the retention period.
reply_outbox = Table(
    "reply_outbox",
    metadata,
    Column("platform", String(20), primary_key=True),
    Column("message_id", String(80), primary_key=True),
    Column("replies", JSON, nullable=False),
    Column("total", Integer, nullable=False),
    Column("sent", Integer, nullable=False),
    Column("platform_user_id", String(80), nullable=False, server_default=""),
    Column("created_at", UTCDateTime(timezone=True), nullable=False, server_default=func.current_timestamp()),
    Index("ix_reply_outbox_platform_user_id", "platform", "platform_user_id"),
    Index("ix_reply_outbox_created_at", "created_at"),
)

__all__ = ["reply_outbox"]
