"""Shared set-up for the postman tests: a migrated database, users with schedules, a recording messenger."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from adapters.db.engine import make_engine
from adapters.db.uow import SqlUnitOfWorkFactory
from bot.migrate import upgrade
from bot.postman import next_occurrence
from core.messages import Outgoing
from core.model import Profile
from core.reminders.limiter import Limiter
from core.reminders.model import Kind, Schedule, user_owner
from core.reminders.postman import Postman
from tests.fakes import FakeClock


class RecordingMessenger:
    def __init__(self, fail: Callable[[Outgoing], None] | None = None) -> None:
        self.sent: list[Outgoing] = []
        self._fail = fail

    async def send(self, message: Outgoing) -> str | None:
        if self._fail:
            self._fail(message)
        self.sent.append(message)
        return None


async def no_sleep(_: float) -> None:
    return None


async def database(url: str) -> SqlUnitOfWorkFactory:
    await upgrade(url)
    return SqlUnitOfWorkFactory(make_engine(url))


async def add_user(uows: SqlUnitOfWorkFactory, name: str, *, weekday: int = 0, at: time = time(7, 0), zone: str = "Europe/London", now: datetime) -> int:
    async with uows() as uow:
        profile = await uow.users.create("console", name, Profile(0, name, timezone=zone, onboarded=True))
        await uow.reminders.save_schedule(
            Schedule(None, user_owner(profile.user_id), Kind.TRAINING, "console", name, (weekday,), at, zone, now, profile.user_id, fresh=True)
        )
        await uow.commit()
    return profile.user_id


def postman(uows: SqlUnitOfWorkFactory, messenger: RecordingMessenger, clock: FakeClock, worker: str = "p1") -> Postman:
    return Postman(uows, messenger, clock, next_occurrence, Limiter(lambda: 0.0, per_second={}), worker=worker, sleep=no_sleep)
