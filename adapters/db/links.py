"""Accounts: link codes and lockouts, merging two users, splitting one off, deleting everything."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Table, and_, delete, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from adapters.db.link_tables import link_attempts, link_codes
from adapters.db.outbox_tables import reply_outbox
from adapters.db.tables import held_messages, identities, metadata, users
from core.progress.accounts_port import LinkCode

# Rows keyed by a platform account rather than by user id; removed by (platform, platform_user_id).
_BY_PLATFORM_ID = ("held_messages", "link_attempts", "reply_outbox")


def user_tables() -> list[Table]:
    """Every table with a foreign key to users.id, whoever added it (schedules, outbox, members…)."""
    found = []
    for table in metadata.sorted_tables:
        if table.name != "users" and any(fk.column.table.name == "users" for fk in table.foreign_keys):
            found.append(table)
    return found


def _user_column(table: Table) -> Any:
    return next(fk.parent for fk in table.foreign_keys if fk.column.table.name == "users")


class SqlAccounts:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def put_code(self, code: LinkCode, at: datetime) -> None:
        await self._session.execute(delete(link_codes).where(link_codes.c.user_id == code.user_id))
        await self._session.execute(insert(link_codes).values(
            code_hash=code.code_hash, user_id=code.user_id, platform=code.platform, expires_at=code.expires_at, created_at=at,
        ))

    async def take_code(self, code_hash: str) -> LinkCode | None:
        row = (await self._session.execute(select(link_codes).where(link_codes.c.code_hash == code_hash))).mappings().first()
        if row is None:
            return None
        await self._session.execute(delete(link_codes).where(link_codes.c.code_hash == code_hash))
        return LinkCode(row["code_hash"], row["user_id"], row["platform"], row["expires_at"])

    async def add_failure(self, platform: str, platform_user_id: str, at: datetime) -> None:
        await self._session.execute(insert(link_attempts).values(platform=platform, platform_user_id=platform_user_id, at=at))

    async def failures_since(self, platform: str, platform_user_id: str, since: datetime) -> int:
        query = select(func.count()).select_from(link_attempts).where(
            link_attempts.c.platform == platform, link_attempts.c.platform_user_id == platform_user_id, link_attempts.c.at > since
        )
        return int((await self._session.execute(query)).scalar_one())

    async def clear_failures(self, platform: str, platform_user_id: str) -> None:
        await self._session.execute(delete(link_attempts).where(
            link_attempts.c.platform == platform, link_attempts.c.platform_user_id == platform_user_id
        ))

    async def merge(self, from_user: int, into_user: int) -> None:
        for table in user_tables():
            column = _user_column(table)
            if "dedupe_key" in table.c:
                # Pending deliveries are rebuilt from the surviving schedules; moving them could collide.
                await self._session.execute(delete(table).where(column == from_user))
                continue
            if "owner" in table.c and "kind" in table.c:
                await self._merge_owned(table, column, from_user, into_user)
                continue
            await self._session.execute(update(table).where(column == from_user).values({column.name: into_user}))
        await self._session.execute(delete(users).where(users.c.id == from_user))

    async def _merge_owned(self, table: Table, column: Any, from_user: int, into_user: int) -> None:
        """Per-user schedules: the base keeps its own; the other's move over only where the base has none."""
        base_kinds = {k for (k,) in (await self._session.execute(select(table.c.kind).where(column == into_user))).all()}
        if base_kinds:
            await self._session.execute(delete(table).where(column == from_user, table.c.kind.in_(base_kinds)))
        await self._session.execute(
            update(table).where(column == from_user)
            .values({column.name: into_user, "owner": func.replace(table.c.owner, f"user:{from_user}", f"user:{into_user}")})
        )

    async def split(self, platform: str, platform_user_id: str) -> int:
        old_id = (await self._session.execute(select(identities.c.user_id).where(
            identities.c.platform == platform, identities.c.platform_user_id == platform_user_id
        ))).scalar_one()
        row = dict((await self._session.execute(select(users).where(users.c.id == old_id))).mappings().one())
        row.pop("id")
        row |= {"conv_step": "idle", "conv_data": {}, "conv_platform": "", "conv_chat_id": "", "conv_chat_kind": "private"}
        new_id = int((await self._session.execute(insert(users).values(**row).returning(users.c.id))).scalar_one())
        await self._session.execute(update(identities).where(
            identities.c.platform == platform, identities.c.platform_user_id == platform_user_id
        ).values(user_id=new_id))
        return new_id

    async def delete_user(self, user_id: int, accounts: list[tuple[str, str]]) -> None:
        for table in (held_messages, link_attempts, reply_outbox):
            for platform, platform_user_id in accounts:
                await self._session.execute(delete(table).where(and_(
                    table.c.platform == platform, table.c.platform_user_id == platform_user_id
                )))
        # Explicit deletes as well as ON DELETE CASCADE: SQLite enforces cascades only with its pragma on.
        for table in reversed(user_tables()):
            await self._session.execute(delete(table).where(_user_column(table) == user_id))
        await self._session.execute(delete(users).where(users.c.id == user_id))
