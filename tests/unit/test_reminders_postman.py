"""The postman over the in-memory fakes: what goes out, what is skipped, and how sends are paced."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time, timedelta

from bot.postman import next_occurrence
from core.errors import RateLimited, RecipientUnreachable
from core.messages import Outgoing
from core.model import Profile
from core.reminders.limiter import Limiter
from core.reminders.model import Delivery, Kind, Schedule, Status, dedupe_key, user_owner
from core.reminders.postman import Postman
from tests.fakes import FakeClock, FakeUnitOfWork, OutboxRow, Store

MONDAY_7 = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)  # 07:00 in London, on UTC in November


class Messenger:
    """Records what reaches the platform; `refuse` decides, per message, to raise instead."""

    def __init__(self, refuse: list[Exception] | None = None) -> None:
        self.sent: list[Outgoing] = []
        self.tries = 0
        self._refuse = refuse or []

    async def send(self, message: Outgoing) -> str | None:
        self.tries += 1
        if self._refuse:
            raise self._refuse.pop(0)
        self.sent.append(message)
        return None


async def no_sleep(_: float) -> None:
    return None


def lifter(store: Store, name: str, chat: str) -> int:
    user_id = store.new_id()
    store.profiles[user_id] = Profile(user_id, name, timezone="Europe/London", onboarded=True, weekly_goal=2)
    store.identities[("telegram", chat)] = user_id
    return user_id


def monday_seven(store: Store, user_id: int, chat: str) -> None:
    key = store.new_id()
    store.schedules[key] = Schedule(key, user_owner(user_id), Kind.TRAINING, "telegram", chat, (0,), time(7, 0), "Europe/London",
                                    MONDAY_7, user_id)


def due_row(store: Store, user_id: int, chat: str, kind: Kind, due_at: datetime) -> None:
    """A row already in the outbox, as the planner leaves it."""
    owner = user_owner(user_id)
    key = store.new_id()
    delivery = Delivery(key, owner, kind, "telegram", chat, due_at, dedupe_key(owner, kind, due_at.date()), user_id)
    store.outbox[key] = OutboxRow(delivery, not_before=due_at)


def postman(store: Store, messenger: Messenger, clock: FakeClock, limiter: Limiter | None = None, **options: object) -> Postman:
    limiter = limiter or Limiter(lambda: clock.now().timestamp(), per_second={})  # the limiter's time moves with the clock
    return Postman(lambda: FakeUnitOfWork(store), messenger, clock, next_occurrence, limiter, sleep=no_sleep, **options)  # type: ignore[arg-type]


def statuses(store: Store) -> list[Status]:
    return [row.delivery.status for row in store.outbox.values()]


async def test_a_due_schedule_becomes_one_reminder_with_its_buttons_and_moves_to_next_week() -> None:
    store, clock = Store(), FakeClock(MONDAY_7 + timedelta(seconds=20))
    sam = lifter(store, "Sam", "42")
    monday_seven(store, sam, "42")
    messenger = Messenger()
    p = postman(store, messenger, clock)
    await p.tick()
    await p.tick()  # the same occurrence is never planned twice
    [message] = messenger.sent
    assert message.chat_id == "42" and message.reply.text == "Back day today, Sam. Ready when you are."
    assert "/today" in [c.payload for c in message.reply.choices]
    assert statuses(store) == [Status.SENT]
    [schedule] = store.schedules.values()
    assert schedule.next_at == MONDAY_7 + timedelta(days=7)


async def test_a_reminder_past_its_kinds_lateness_limit_is_skipped_while_a_later_kind_still_goes_out() -> None:
    store, clock = Store(), FakeClock(MONDAY_7 + timedelta(hours=2, minutes=30))
    sam = lifter(store, "Sam", "42")
    due_row(store, sam, "42", Kind.TRAINING, MONDAY_7)  # training: 2 h
    due_row(store, sam, "42", Kind.NUDGE, MONDAY_7)  # nudge: 3 h
    messenger = Messenger()
    report = await postman(store, messenger, clock).tick()
    assert [m.reply.text for m in messenger.sent] == [
        "Quick one, Sam: 0 of 2 back sessions this week so far. A short one still counts. /today"
    ]
    assert (report.sent, report.skipped) == (1, 1)
    assert sorted(statuses(store)) == sorted([Status.SKIPPED, Status.SENT])


async def test_a_recipient_who_blocked_the_bot_is_marked_unreachable_and_never_tried_again() -> None:
    store, clock = Store(), FakeClock(MONDAY_7)
    sam = lifter(store, "Sam", "42")
    due_row(store, sam, "42", Kind.TRAINING, MONDAY_7)
    messenger = Messenger(refuse=[RecipientUnreachable("blocked")])
    p = postman(store, messenger, clock)
    for _ in range(3):
        await p.tick()
        clock.move(timedelta(minutes=5))
    assert messenger.tries == 1 and messenger.sent == []
    assert statuses(store) == [Status.UNREACHABLE]
    assert ("telegram", "42") in store.unreachable


async def test_a_429_puts_the_reminder_back_until_its_retry_after_has_passed() -> None:
    store, clock = Store(), FakeClock(MONDAY_7)
    sam = lifter(store, "Sam", "42")
    due_row(store, sam, "42", Kind.TRAINING, MONDAY_7)
    messenger = Messenger(refuse=[RateLimited(30)])
    p = postman(store, messenger, clock)
    await p.tick()
    [row] = store.outbox.values()
    assert row.not_before == MONDAY_7 + timedelta(seconds=30) and row.delivery.status is Status.PENDING
    assert row.delivery.attempts == 0  # waiting for the platform is not a failed attempt
    clock.move(timedelta(seconds=20))
    await p.tick()
    assert messenger.tries == 1
    clock.move(timedelta(seconds=11))
    await p.tick()
    assert [m.chat_id for m in messenger.sent] == ["42"] and statuses(store) == [Status.SENT]


async def test_a_backlog_bigger_than_one_claim_goes_out_in_one_tick() -> None:
    store, clock = Store(), FakeClock(MONDAY_7)
    for n in range(7):
        due_row(store, lifter(store, f"u{n}", str(n)), str(n), Kind.TRAINING, MONDAY_7)
    messenger = Messenger()
    report = await postman(store, messenger, clock, batch=2, refill_at=0).tick()
    assert sorted(m.chat_id for m in messenger.sent) == [str(n) for n in range(7)]
    assert report.sent == 7


class VirtualTime:
    """A monotonic clock that only moves when someone sleeps."""

    def __init__(self) -> None:
        self.now = 0.0

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


async def test_sends_in_flight_together_still_keep_to_the_platform_cap() -> None:
    store, clock, virtual = Store(), FakeClock(MONDAY_7), VirtualTime()
    for n in range(8):
        due_row(store, lifter(store, f"u{n}", str(n)), str(n), Kind.TRAINING, MONDAY_7)
    started: list[float] = []

    class SlowMessenger(Messenger):
        async def send(self, message: Outgoing) -> str | None:
            started.append(virtual.now)
            await asyncio.sleep(0)  # still in flight while the next one starts
            return await super().send(message)

    limiter = Limiter(lambda: virtual.now, per_second={"telegram": 3.0})
    p = postman(store, SlowMessenger(), clock, limiter, parallel=4)
    p.sleep = virtual.sleep
    await p.tick()
    assert len(started) == 8
    assert all(later - first >= 1.0 for first, later in zip(started, started[3:]))  # never 4 within a second
    assert started[-1] - started[0] < 7 / 3 + 0.01  # and no slower than the pace


def test_a_late_start_does_not_push_back_the_next_slot_yet_a_second_never_holds_more_than_the_cap() -> None:
    now = [0.0]
    limiter = Limiter(lambda: now[0], per_second={"telegram": 2.0})
    limiter.sent("telegram", "a", False)
    now[0] = 0.6  # half a second was the slot; this one started 0.1 s late
    limiter.sent("telegram", "b", False)
    assert abs(limiter.wait_for("telegram", "c", False) - 0.4) < 1e-5  # the 1.0 slot, not 1.1
    now[0] = 1.0
    limiter.sent("telegram", "c", False)
    assert abs(limiter.wait_for("telegram", "d", False) - 0.6) < 1e-5  # a third start waits for 0.6 + 1 s
