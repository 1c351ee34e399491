"""timed sets in seconds, the rest timer: sets.seconds, workouts.rest_until, users.rest_seconds

Timed lifts (farmer's carry, static hang) used to be logged as reps; their numbers were seconds
all along, so they move to the new column and their reps become 0.

Revision ID: 0007
Revises: 0003
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import adapters.db.types

revision: str = "0007"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The catalogue's lifts whose unit is time (core.training.catalogue, LoadKind.TIME), as they were when
# this migration was written: a migration must not change meaning when the catalogue grows.
_TIMED_KEYS = ("farmers_carry", "static_hang")


def upgrade() -> None:
    with op.batch_alter_table("sets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seconds", sa.Integer(), nullable=True))
    with op.batch_alter_table("workouts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rest_until", adapters.db.types.UTCDateTime(timezone=True), nullable=True))
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rest_seconds", sa.Integer(), nullable=True))
    sets = sa.table("sets", sa.column("lift_key", sa.String), sa.column("reps", sa.Integer), sa.column("seconds", sa.Integer))
    op.execute(
        sets.update()
        .where(sets.c.lift_key.in_(_TIMED_KEYS), sets.c.seconds.is_(None))
        .values(seconds=sets.c.reps, reps=0)
    )


def downgrade() -> None:
    sets = sa.table("sets", sa.column("reps", sa.Integer), sa.column("seconds", sa.Integer))
    op.execute(sets.update().where(sets.c.seconds.is_not(None)).values(reps=sets.c.seconds))
    # A plain DROP COLUMN (SQLite 3.35+), not a batch copy: copying `users` or `workouts` drops the old
    # table, and with foreign keys on that would cascade and delete every session and set.
    op.drop_column("users", "rest_seconds")
    op.drop_column("workouts", "rest_until")
    op.drop_column("sets", "seconds")
