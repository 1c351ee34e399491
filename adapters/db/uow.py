"""The unit of work: one session, one transaction, every repository bound to it."""
from __future__ import annotations

import asyncio

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from adapters.db.links import SqlAccounts
from adapters.db.loaded import Loaded
from adapters.db.outbox import SqlOutbox
from adapters.db.records import SqlHeldMessages, SqlInbox, SqlPainReports, SqlSafetyEvents
from adapters.db.reminders import SqlReminders
from adapters.db.users import SqlConversations, SqlUsers
from adapters.db.workouts import SqlWorkouts


class SqlUnitOfWork:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], writer: asyncio.Lock | None) -> None:
        self._sessions = sessions
        self._writer = writer

    async def __aenter__(self) -> SqlUnitOfWork:
        if self._writer is not None:
            await self._writer.acquire()
        self.session = self._sessions()
        self._loaded = Loaded()
        self.users = SqlUsers(self.session, self._loaded)
        self.conversations = SqlConversations(self.session, self._loaded)
        self.workouts = SqlWorkouts(self.session, self._loaded)
        self.pain = SqlPainReports(self.session)
        self.safety = SqlSafetyEvents(self.session)
        self.inbox = SqlInbox(self.session)
        self.held = SqlHeldMessages(self.session, self._loaded)
        self.reminders = SqlReminders(self.session)
        self.accounts = SqlAccounts(self.session)
        self.outbox = SqlOutbox(self.session)
        return self

    async def __aexit__(self, *exc: object) -> None:
        try:
            await self.session.rollback()  # a no-op after commit; undoes everything otherwise
        finally:
            await self.session.close()
            if self._writer is not None:
                self._writer.release()

    async def commit(self) -> None:
        await self.session.commit()

    async def rollback(self) -> None:
        await self.session.rollback()
        self._loaded.forget()  # what was read or written before the rollback no longer holds


class SqlUnitOfWorkFactory:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)
        # SQLite has one writer at a time: queueing here is cheaper than its busy-wait sleeps.
        self._writer = asyncio.Lock() if engine.dialect.name == "sqlite" else None

    def __call__(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._sessions, self._writer)
