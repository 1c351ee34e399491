"""The reply outbox on SQLAlchemy: written with the message's effect, drained as replies go out."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from adapters.db.outbox_tables import reply_outbox
from adapters.db.records import reply_from_json, reply_to_json
from core.messages import Reply


def _row(platform: str, message_id: str):  # type: ignore[no-untyped-def]
    return and_(reply_outbox.c.platform == platform, reply_outbox.c.message_id == message_id)


class SqlOutbox:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def put(self, platform: str, message_id: str, replies: list[Reply], *, sender_id: str, at: datetime) -> None:
        if not replies:
            return  # nothing to deliver, nothing to keep
        await self._session.execute(
            reply_outbox.insert().values(
                platform=platform, message_id=message_id, replies=[reply_to_json(r) for r in replies],
                total=len(replies), sent=0, platform_user_id=sender_id[:80], created_at=at,
            )
        )

    async def unsent(self, platform: str, message_id: str) -> list[Reply]:
        query = select(reply_outbox.c.replies, reply_outbox.c.sent).where(_row(platform, message_id))
        row = (await self._session.execute(query)).first()
        if row is None:
            return []
        return [reply_from_json(r) for r in row.replies[row.sent:]]

    async def delivered(self, platform: str, message_id: str) -> None:
        where = _row(platform, message_id)
        await self._session.execute(update(reply_outbox).where(where).values(sent=reply_outbox.c.sent + 1))
        await self._session.execute(delete(reply_outbox).where(where, reply_outbox.c.sent >= reply_outbox.c.total))

    async def prune(self, before: datetime) -> int:
        result = await self._session.execute(delete(reply_outbox).where(reply_outbox.c.created_at < before))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
