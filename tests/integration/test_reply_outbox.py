"""The reply outbox: a redelivered message gets the replies it has not received yet, once, in order."""
from __future__ import annotations

from datetime import UTC, datetime

from adapters.db.engine import make_engine
from adapters.db.uow import SqlUnitOfWorkFactory
from bot.clock import SystemClock
from bot.migrate import upgrade
from core.coach import Coach
from core.messages import ChatKind, Incoming


def _said(text: str, message_id: str) -> Incoming:
    return Incoming("telegram", "7", ChatKind.PRIVATE, "7", "Sam", datetime.now(UTC), text=text, message_id=message_id)


async def test_a_redelivered_message_gets_only_its_undelivered_replies_and_nothing_is_done_twice(database_url: str) -> None:
    await upgrade(database_url)
    engine = make_engine(database_url)
    uows = SqlUnitOfWorkFactory(engine)
    coach = Coach(uows, SystemClock(), durable_platforms=frozenset({"telegram"}))
    try:
        start = _said("/start", "tg:1")
        replies = await coach.handle(start)
        assert len(replies) >= 2
        assert [r.text for r in await coach.handle(start)] == [r.text for r in replies]  # crashed before sending

        await coach.delivered(start)
        assert [r.text for r in await coach.handle(start)] == [r.text for r in replies[1:]]  # crashed after the first
        for _ in replies[1:]:
            await coach.delivered(start)
        assert await coach.handle(start) == []  # all out: the row is gone
        async with uows() as uow:
            profile = await uow.users.by_identity("telegram", "7")
            assert profile is not None and (await uow.conversations.get(profile.user_id)).step is not None
            assert await uow.outbox.unsent("telegram", "tg:1") == []
    finally:
        await engine.dispose()


async def test_a_platform_without_delivery_reports_keeps_no_outbox(database_url: str) -> None:
    await upgrade(database_url)
    engine = make_engine(database_url)
    coach = Coach(SqlUnitOfWorkFactory(engine), SystemClock())
    try:
        start = _said("/start", "tg:1")
        assert await coach.handle(start)
        assert await coach.handle(start) == []  # a redelivery is ignored, as before
    finally:
        await engine.dispose()
