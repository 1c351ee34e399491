"""Tables of the reminders: schedules, the outbox, group members who opted in, and pauses."""
from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, ForeignKey, Index, Integer, String, Table, Time

from adapters.db.tables import ID, metadata
from adapters.db.types import UTCDateTime


def _user_fk(nullable: bool) -> Column[int]:
    return Column("user_id", ID, ForeignKey("users.id", ondelete="CASCADE"), nullable=nullable, index=True)


reminder_schedules = Table(
    "reminder_schedules",
    metadata,
    Column("id", ID, primary_key=True, autoincrement=True),
    Column("owner", String(120), nullable=False),
    Column("kind", String(20), nullable=False),
    _user_fk(nullable=True),
    Column("platform", String(20), nullable=False),
    Column("chat_id", String(64), nullable=False),
    Column("weekdays", String(20), nullable=False),  # "0,3": Monday and Thursday
    Column("at", Time, nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("next_at", UTCDateTime, nullable=False),
    Column("fresh", Boolean, nullable=False, default=False),
    Column("skip_until", Date, nullable=True),
    Index("uq_reminder_schedules_owner_kind", "owner", "kind", unique=True),
    Index("ix_reminder_schedules_next_at", "next_at"),
)

reminder_outbox = Table(
    "reminder_outbox",
    metadata,
    Column("id", ID, primary_key=True, autoincrement=True),
    Column("dedupe_key", String(200), nullable=False, unique=True),
    Column("owner", String(120), nullable=False),
    Column("kind", String(20), nullable=False),
    _user_fk(nullable=True),
    Column("platform", String(20), nullable=False),
    Column("chat_id", String(64), nullable=False),
    Column("workout_id", ID, nullable=True),
    Column("due_at", UTCDateTime, nullable=False),
    Column("status", String(12), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("not_before", UTCDateTime, nullable=False),  # due_at, or later after a retry
    Column("lease_until", UTCDateTime, nullable=True),
    Column("worker", String(60), nullable=False, default=""),
    Column("finished_at", UTCDateTime, nullable=True),
    Column("note", String(200), nullable=False, default=""),
    Index("ix_reminder_outbox_status_not_before", "status", "not_before"),
)

reminder_members = Table(
    "reminder_members",
    metadata,
    Column("platform", String(20), primary_key=True),
    Column("chat_id", String(64), primary_key=True),
    Column("platform_user_id", String(64), primary_key=True),
    Column("display_name", String(200), nullable=False),
    _user_fk(nullable=False),
    Column("opted_in", Boolean, nullable=False),
)

reminder_pauses = Table(
    "reminder_pauses",
    metadata,
    Column("id", ID, primary_key=True, autoincrement=True),
    _user_fk(nullable=False),
    Column("start", Date, nullable=False),
    Column("end", Date, nullable=False),
)
