"""The postman on a real database: downtime, crashes between send and mark, blocked users, two workers."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select

from adapters.db.reminder_tables import reminder_outbox
from adapters.db.tables import identities
from core.errors import RecipientUnreachable
from core.messages import Outgoing
from core.model import Profile
from core.reminders.model import Delivery, Kind, user_owner
from tests.fakes import FakeClock
from tests.integration.postman_helpers import RecordingMessenger, add_user, database, postman

SUNDAY_NOON = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
MONDAY_7 = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)  # London is on UTC in November


async def test_after_a_three_hour_outage_only_reminders_within_their_limit_go_out_once(database_url: str) -> None:
    uows = await database(database_url)
    clock = FakeClock(SUNDAY_NOON)
    await add_user(uows, "early", at=time(7, 0), now=clock.now())
    await add_user(uows, "later", at=time(9, 30), now=clock.now())
    messenger = RecordingMessenger()
    p = postman(uows, messenger, clock)
    await p.tick()  # schedules learn their next occurrence; nothing is due yet
    clock.set(MONDAY_7 + timedelta(hours=3))  # the bot was down from 07:00 to 10:00
    first = await p.tick()
    for _ in range(3):
        await p.tick()
    assert [m.chat_id for m in messenger.sent] == ["later"]
    assert first.skipped == 1 and first.sent == 1
    async with uows() as uow:
        schedules = await uow.reminders.schedules_of(user_owner(1))
    assert schedules[0].next_at == MONDAY_7 + timedelta(days=7)  # the missed one is not replayed
    await uows.engine.dispose()


class Crash(BaseException):
    """The process dies: nothing after the send runs."""


async def test_a_crash_between_send_and_mark_gives_at_most_one_duplicate_and_no_loss(database_url: str) -> None:
    uows = await database(database_url)
    clock = FakeClock(SUNDAY_NOON)
    await add_user(uows, "sam", now=clock.now())
    await postman(uows, RecordingMessenger(), clock).tick()
    clock.set(MONDAY_7)

    def crash_after_sending(message: Outgoing) -> None:
        delivered.append(message)
        raise Crash

    delivered: list[Outgoing] = []
    with pytest.raises(Crash):
        await postman(uows, RecordingMessenger(crash_after_sending), clock, "dead").tick()
    survivor = RecordingMessenger()
    await postman(uows, survivor, clock, "alive").tick()
    assert survivor.sent == []  # the lease still holds: nobody else sends it yet
    clock.move(timedelta(minutes=3))
    await postman(uows, survivor, clock, "alive").tick()
    await postman(uows, survivor, clock, "alive").tick()
    assert len(delivered) + len(survivor.sent) == 2  # the original and one duplicate, never more
    async with uows() as uow:
        statuses = (await uow.session.execute(select(reminder_outbox.c.status))).scalars().all()
    assert statuses == ["sent"]
    await uows.engine.dispose()


async def test_a_user_who_blocked_the_bot_is_marked_unreachable_and_not_retried(database_url: str) -> None:
    uows = await database(database_url)
    clock = FakeClock(SUNDAY_NOON)
    await add_user(uows, "gone", now=clock.now())
    attempts: list[str] = []

    def blocked(message: Outgoing) -> None:
        attempts.append(message.chat_id)
        raise RecipientUnreachable("blocked")

    p = postman(uows, RecordingMessenger(blocked), clock)
    await p.tick()
    clock.set(MONDAY_7)
    for _ in range(4):
        await p.tick()
        clock.move(timedelta(minutes=5))
    assert attempts == ["gone"]
    async with uows() as uow:
        unreachable = (await uow.session.execute(select(identities.c.unreachable))).scalar_one()
        status = (await uow.session.execute(select(reminder_outbox.c.status))).scalar_one()
    assert unreachable is True and status == "unreachable"
    await uows.engine.dispose()


async def test_two_postmen_on_postgresql_send_each_of_a_thousand_reminders_exactly_once(postgres_url: str) -> None:
    uows = await database(postgres_url)
    clock = FakeClock(MONDAY_7)
    async with uows() as uow:
        for n in range(1000):
            profile = await uow.users.create("console", f"u{n}", Profile(0, f"u{n}", onboarded=True))
            owner = user_owner(profile.user_id)
            await uow.reminders.enqueue(
                Delivery(None, owner, Kind.TRAINING, "console", f"u{n}", MONDAY_7, f"{owner}|training|2026-11-23", profile.user_id)
            )
        await uow.commit()
    one, two = RecordingMessenger(), RecordingMessenger()
    first, second = postman(uows, one, clock, "one"), postman(uows, two, clock, "two")
    first.batch = second.batch = 50  # small claims so both workers keep coming back for more

    async def drain(p: object) -> None:
        for _ in range(40):
            await p.deliver()  # type: ignore[attr-defined]
            await asyncio.sleep(0)

    await asyncio.gather(drain(first), drain(second))
    chats = [m.chat_id for m in one.sent + two.sent]
    assert len(chats) == 1000 and len(set(chats)) == 1000
    assert one.sent and two.sent  # the work was shared
    await uows.engine.dispose()
