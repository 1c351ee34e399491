"""reply outbox: whose replies a row holds, and when it was written (for /deleteme and pruning)

Revision ID: 0008
Revises: 0004
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import adapters.db.types

revision: str = "0008"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Rows already waiting get no owner (""): /deleteme cannot find them, the retention prune does.
    with op.batch_alter_table("reply_outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("platform_user_id", sa.String(length=80), nullable=False, server_default=""))
        batch_op.add_column(sa.Column(
            "created_at", adapters.db.types.UTCDateTime(timezone=True), nullable=False, server_default=sa.func.current_timestamp()
        ))
        batch_op.create_index("ix_reply_outbox_platform_user_id", ["platform", "platform_user_id"], unique=False)
        batch_op.create_index("ix_reply_outbox_created_at", ["created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("reply_outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_reply_outbox_created_at")
        batch_op.drop_index("ix_reply_outbox_platform_user_id")
        batch_op.drop_column("created_at")
        batch_op.drop_column("platform_user_id")
