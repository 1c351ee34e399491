"""The CardMessages port over the database: each call its own short transaction, so edits survive a restart."""
from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, update

from adapters.db.card_tables import card_messages
from adapters.db.uow import SqlUnitOfWorkFactory


class SqlCardMessages:
    def __init__(self, uow_factory: SqlUnitOfWorkFactory) -> None:
        # Through the unit of work: on SQLite it queues behind the one writer instead of busy-waiting.
        self._uow_factory = uow_factory

    async def find(self, platform: str, chat_id: str, key: str) -> tuple[str, int] | None:
        query = select(card_messages.c.message_id, card_messages.c.revision).where(
            card_messages.c.platform == platform, card_messages.c.chat_id == chat_id, card_messages.c.card_key == key
        )
        async with self._uow_factory() as uow:
            row = (await uow.session.execute(query)).first()
        return (str(row[0]), int(row[1])) if row is not None else None

    async def remember(self, platform: str, chat_id: str, key: str, message_id: str, revision: int) -> None:
        where = (card_messages.c.platform == platform, card_messages.c.chat_id == chat_id, card_messages.c.card_key == key)
        values = {"message_id": message_id, "revision": revision, "updated_at": datetime.now(UTC)}
        async with self._uow_factory() as uow:
            changed = await uow.session.execute(update(card_messages).where(*where).values(**values))
            if not changed.rowcount:  # type: ignore[attr-defined]
                await uow.session.execute(card_messages.insert().values(platform=platform, chat_id=chat_id, card_key=key, **values))
            await uow.commit()
