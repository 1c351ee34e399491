"""The tables. Migrations in migrations/ are generated from and checked against this metadata."""
from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
)

from adapters.db.types import UTCDateTime

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

ID = BigInteger().with_variant(Integer, "sqlite")  # SQLite autoincrements only INTEGER keys


def _user_fk() -> Column[int]:
    return Column("user_id", ID, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True)


users = Table(
    "users",
    metadata,
    Column("id", ID, primary_key=True, autoincrement=True),
    Column("display_name", String(200), nullable=False),
    Column("level", String(20), nullable=False),
    Column("equipment", String(200), nullable=False, default=""),
    Column("back_status", String(20), nullable=False),
    Column("units", String(2), nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("weekly_goal", Integer, nullable=False),
    Column("screen_yes", String(200), nullable=False, default=""),
    Column("onboarded", Boolean, nullable=False, default=False),
    Column("gentle_mode", Boolean, nullable=False, default=False),
    Column("progression_paused", Boolean, nullable=False, default=False),
    Column("training_paused", Boolean, nullable=False, default=False),
    Column("pause_reason", String(40), nullable=False, default=""),
    Column("lift_choices", JSON, nullable=False),
    Column("block_started", Date, nullable=True),
    Column("created_at", UTCDateTime, nullable=True),
    Column("rest_seconds", Integer, nullable=True),
    # The open conversation lives with the user so that a restart resumes it.
    Column("conv_step", String(30), nullable=False, default="idle"),
    Column("conv_data", JSON, nullable=False),
    Column("conv_platform", String(20), nullable=False, default=""),
    Column("conv_chat_id", String(64), nullable=False, default=""),
    Column("conv_chat_kind", String(10), nullable=False, default="private"),
)

identities = Table(
    "identities",
    metadata,
    Column("platform", String(20), primary_key=True),
    Column("platform_user_id", String(64), primary_key=True),
    _user_fk(),
    Column("unreachable", Boolean, nullable=False, default=False),
)

workouts = Table(
    "workouts",
    metadata,
    Column("id", ID, primary_key=True, autoincrement=True),
    _user_fk(),
    Column("platform", String(20), nullable=False),
    Column("chat_id", String(64), nullable=False),
    Column("chat_kind", String(10), nullable=False),
    Column("day", Date, nullable=False),
    Column("started_at", UTCDateTime, nullable=False),
    Column("ended_at", UTCDateTime, nullable=True),
    Column("status", String(20), nullable=False),
    Column("plan", JSON, nullable=False),
    Column("lift_index", Integer, nullable=False),
    Column("set_index", Integer, nullable=False),
    Column("phase", String(10), nullable=False),
    Column("pain_before", Integer, nullable=True),
    Column("pain_after", Integer, nullable=True),
    Column("checkin_due_at", UTCDateTime, nullable=True),
    Column("checkin_pain", Integer, nullable=True),
    Column("reduce_next", Boolean, nullable=False, default=False),
    Column("rest_until", UTCDateTime, nullable=True),
    Index("ix_workouts_user_status", "user_id", "status"),
)

sets = Table(
    "sets",
    metadata,
    Column("id", ID, primary_key=True, autoincrement=True),
    Column("workout_id", ID, ForeignKey("workouts.id", ondelete="CASCADE"), nullable=False, index=True),
    _user_fk(),
    Column("lift_key", String(40), nullable=False),
    Column("slot", String(20), nullable=False),
    Column("set_number", Integer, nullable=False),
    Column("warmup", Boolean, nullable=False),
    Column("reps", Integer, nullable=False),
    Column("reps_right", Integer, nullable=True),
    Column("load_kg", Float, nullable=True),
    Column("failed", Boolean, nullable=False, default=False),
    Column("logged_at", UTCDateTime, nullable=False),
    Column("seconds", Integer, nullable=True),  # timed sets; reps is 0 for them
)

pain_reports = Table(
    "pain_reports",
    metadata,
    Column("id", ID, primary_key=True, autoincrement=True),
    _user_fk(),
    Column("workout_id", ID, ForeignKey("workouts.id", ondelete="CASCADE"), nullable=True),
    Column("value", Integer, nullable=False),
    Column("moment", String(10), nullable=False),
    Column("lift_key", String(40), nullable=True),
    Column("at", UTCDateTime, nullable=False),
)

safety_events = Table(
    "safety_events",
    metadata,
    Column("id", ID, primary_key=True, autoincrement=True),
    _user_fk(),
    Column("workout_id", ID, ForeignKey("workouts.id", ondelete="CASCADE"), nullable=True),
    Column("tier", String(20), nullable=False),
    Column("triggers", JSON, nullable=False),
    Column("platform", String(20), nullable=False),
    Column("chat_kind", String(10), nullable=False),
    Column("at", UTCDateTime, nullable=False),
)

processed_messages = Table(
    "processed_messages",
    metadata,
    Column("platform", String(20), primary_key=True),
    Column("message_id", String(80), primary_key=True),
    Column("seen_at", UTCDateTime, nullable=False),
)

held_messages = Table(
    "held_messages",
    metadata,
    Column("id", ID, primary_key=True, autoincrement=True),
    Column("token", String(40), nullable=False),
    Column("platform", String(20), nullable=False),
    Column("platform_user_id", String(64), nullable=False),
    Column("reply", JSON, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("token", name="uq_held_messages_token"),
    Index("ix_held_messages_account", "platform", "platform_user_id"),
)

__all__ = ["metadata", "users", "identities", "workouts", "sets", "pain_reports", "safety_events", "processed_messages", "held_messages"]
