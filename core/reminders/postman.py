"""The postman: due schedules become outbox rows; claimed rows are sent, marked, and never flooded.

Contract: a row is claimed (status `sending`, with a lease) in its own committed
transaction before it is sent, and marked `sent` after. A crash in between leaves it
`sending`; once the lease runs out another tick reclaims and sends it again, so at most
one duplicate per in-flight row and never a silent loss.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from core.errors import DeliveryFailed, RateLimited, RecipientUnreachable
from core.messages import Outgoing
from core.ports import Clock, Messenger, UnitOfWorkFactory
from core.reminders.compose import compose
from core.reminders.limiter import Limiter
from core.reminders.model import LATENESS, Delivery, Kind, Schedule, Status, dedupe_key, user_owner
from core.reminders.ports import NextOccurrence, Reminders

log = logging.getLogger(__name__)

GROUP_KINDS = (Kind.GROUP_TRAINING, Kind.GROUP_BOARD)
MAX_ATTEMPTS = 5


@dataclass
class TickReport:
    planned: int = 0
    sent: int = 0
    skipped: int = 0
    unreachable: int = 0
    retried: int = 0
    failed: int = 0


@dataclass
class Postman:
    uow_factory: UnitOfWorkFactory
    messenger: Messenger
    clock: Clock
    next_occurrence: NextOccurrence
    limiter: Limiter
    worker: str = "postman"
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    lease: timedelta = timedelta(minutes=2)
    batch: int = 500
    plan_batch: int = 200  # schedules per planning transaction: short, so sends and chats are not held up
    max_wait: float = 2.0  # longer waits for one chat hand the row back instead of holding the tick
    parallel: int = 16  # sends in flight at once; the limiter, not this, sets the pace
    refill_at: int = 60  # claim more when this few rows are left to send (2 s at Telegram's pace)
    _gate: asyncio.Lock = field(default_factory=asyncio.Lock, init=False, repr=False)  # first come, first paced
    _low: asyncio.Event = field(default_factory=asyncio.Event, init=False, repr=False)  # few rows left to send
    _broken: bool = field(default=False, init=False, repr=False)  # a sender died: claim no more
    report: TickReport = field(default_factory=TickReport)

    async def tick(self) -> TickReport:
        """Plan and send until nothing more is due, then return.

        Stopping after one claimed batch left the platform idle until the next tick (APScheduler
        skips ticks while one runs): a busy minute went out at 83 % of the cap. Planning and
        claiming the next rows while the last ones are being sent keeps the senders fed.
        """
        self.report = TickReport()
        async with self._sending() as queue:
            checkins = True
            while True:
                planned = await self.plan(checkins=checkins)
                claimed = await self._claim_into(queue)
                if (planned < self.plan_batch and claimed < self.batch) or self._broken:
                    return self.report
                checkins = False  # once a tick is enough for them
                await self._wait_for_low(queue)

    async def deliver(self) -> int:
        """Claim up to `batch` rows and send them; returns how many were claimed."""
        async with self._sending() as queue:
            return await self._claim_into(queue)

    async def _claim_into(self, queue: asyncio.Queue[Delivery | None]) -> int:
        now = self.clock.now()
        async with self.uow_factory() as uow:
            claimed = await uow.reminders.claim(now, now + self.lease, self.worker, self.batch)
            await uow.commit()
        for delivery in claimed:  # in due order; each sender takes the next one
            queue.put_nowait(delivery)
        return len(claimed)

    @asynccontextmanager
    async def _sending(self) -> AsyncIterator[asyncio.Queue[Delivery | None]]:
        """Up to `parallel` sends in flight: one at a time, a 50 ms platform round trip alone would
        hold Telegram to 20 messages/s. Only the starts are paced (see `_gate`)."""
        queue: asyncio.Queue[Delivery | None] = asyncio.Queue()
        self._broken = False
        senders = [asyncio.ensure_future(self._sender(queue)) for _ in range(self.parallel)]
        try:
            yield queue
        except BaseException:
            for task in senders:  # rows not sent keep their lease and are reclaimed later
                task.cancel()
            raise
        for _ in senders:
            queue.put_nowait(None)
        # One sender failing must not cut the others off mid-send (that could send a row twice).
        outcomes = await asyncio.gather(*senders, return_exceptions=True)
        for outcome in outcomes:
            if isinstance(outcome, BaseException):
                raise outcome

    async def _sender(self, queue: asyncio.Queue[Delivery | None]) -> None:
        try:
            while (delivery := await queue.get()) is not None:
                if queue.qsize() <= self.refill_at:
                    self._low.set()
                await self._deliver_one(delivery)
        except BaseException:
            self._broken = True  # stop claiming: the rows left keep their lease and are reclaimed later
            raise
        finally:
            self._low.set()

    async def _wait_for_low(self, queue: asyncio.Queue[Delivery | None]) -> None:
        while queue.qsize() > self.refill_at and not self._broken:
            self._low.clear()
            await self._low.wait()

    async def plan(self, *, checkins: bool = True) -> int:
        """Turn up to `plan_batch` due schedules (and due check-ins) into outbox rows; returns how many schedules were due."""
        now = self.clock.now()
        async with self.uow_factory() as uow:
            repo = uow.reminders
            due = await repo.due_schedules(now, self.plan_batch)
            for schedule in due:
                await self._plan_one(repo, schedule, now)
            lateness = LATENESS[Kind.CHECKIN]
            for user_id, workout_id, due_at in await repo.checkins_due(now, now - lateness) if checkins else []:
                chats = await uow.users.identities(user_id)
                profile = await uow.users.get(user_id)
                if not chats or profile is None:
                    continue
                owner = user_owner(user_id)
                day = due_at.astimezone(ZoneInfo(profile.timezone)).date()
                key = dedupe_key(owner, Kind.CHECKIN, day, str(workout_id))
                platform, chat_id = chats[0]
                if await repo.enqueue(Delivery(None, owner, Kind.CHECKIN, platform, chat_id, due_at, key, user_id, workout_id=workout_id)):
                    self.report.planned += 1
            await uow.commit()
        return len(due)

    async def _plan_one(self, reminders: Reminders, schedule: Schedule, now: datetime) -> None:
        occurrence = schedule.next_at
        if schedule.fresh:
            occurrence = self._next(schedule, schedule.next_at)
            if occurrence > now:
                await reminders.advance(schedule.id or 0, occurrence)
                return
        later = self._next(schedule, occurrence)
        for _ in range(60):
            # After downtime only the latest missed occurrence can still be worth sending.
            if later > now:
                break
            occurrence, later = later, self._next(schedule, later)
        else:
            later = self._next(schedule, now)
        day = occurrence.astimezone(ZoneInfo(schedule.timezone)).date()
        if schedule.skip_until is None or day > schedule.skip_until:
            key = dedupe_key(schedule.owner, schedule.kind, day)
            delivery = Delivery(None, schedule.owner, schedule.kind, schedule.platform, schedule.chat_id, occurrence, key, schedule.user_id)
            if await reminders.enqueue(delivery):
                self.report.planned += 1
        # The next occurrence is the first one after now (`later`): missed ones are not replayed.
        await reminders.advance(schedule.id or 0, later)

    def _next(self, schedule: Schedule, after: datetime) -> datetime:
        return self.next_occurrence(schedule.weekdays, schedule.at, schedule.timezone, after)

    async def _deliver_one(self, delivery: Delivery) -> None:
        now = self.clock.now()
        if now - delivery.due_at > LATENESS[delivery.kind]:
            log.info("skipping a stale %s reminder %s, due %s", delivery.kind.value, delivery.dedupe_key, delivery.due_at)
            await self._finish(delivery, Status.SKIPPED, "stale")
            return
        async with self.uow_factory() as uow:
            reply = await compose(uow, delivery, now)
        if reply is None:
            await self._finish(delivery, Status.SKIPPED, "not needed")
            return
        group = delivery.kind in GROUP_KINDS
        async with self._gate:
            # One sender at a time waits for its turn and marks it taken as it starts, so the pace is
            # measured between real starts and no amount of event-loop jitter can bunch two sends.
            wait = self.limiter.wait_for(delivery.platform, delivery.chat_id, group)
            if wait <= self.max_wait:
                if wait:
                    await self.sleep(wait)
                self.limiter.sent(delivery.platform, delivery.chat_id, group)
        if wait > self.max_wait:  # hand the row back instead of holding everyone up
            await self._retry(delivery, now + timedelta(seconds=wait), delivery.attempts)
            return
        try:
            await self.messenger.send(Outgoing(delivery.platform, delivery.chat_id, reply))
        except RecipientUnreachable:
            log.info("recipient unreachable: %s", delivery.dedupe_key)
            await self._finish(delivery, Status.UNREACHABLE, "unreachable", mark_user=not group)
        except RateLimited as limited:
            self.limiter.back_off(delivery.platform, limited.retry_after)
            await self._retry(delivery, now + timedelta(seconds=limited.retry_after), delivery.attempts)
        except DeliveryFailed as failure:
            attempts = delivery.attempts + 1
            if attempts >= MAX_ATTEMPTS:
                log.warning("giving up on %s after %d attempts: %s", delivery.dedupe_key, attempts, failure)
                await self._finish(delivery, Status.FAILED, str(failure)[:200])
            else:
                await self._retry(delivery, now + timedelta(seconds=30 * 2**attempts), attempts)
        else:
            await self._finish(delivery, Status.SENT, "")

    async def _finish(self, delivery: Delivery, status: Status, note: str, *, mark_user: bool = False) -> None:
        async with self.uow_factory() as uow:
            await uow.reminders.finish(delivery.id or 0, status, self.clock.now(), note)
            if mark_user:
                await uow.users.mark_unreachable(delivery.platform, delivery.chat_id, True)
            await uow.commit()
        counter = {Status.SENT: "sent", Status.SKIPPED: "skipped", Status.UNREACHABLE: "unreachable", Status.FAILED: "failed"}
        setattr(self.report, counter[status], getattr(self.report, counter[status]) + 1)

    async def _retry(self, delivery: Delivery, at: datetime, attempts: int) -> None:
        async with self.uow_factory() as uow:
            await uow.reminders.retry_at(delivery.id or 0, at, attempts)
            await uow.commit()
        self.report.retried += 1


async def deliver_due(postman: Postman) -> TickReport:
    """One tick: the APScheduler job in bot/ calls this every few seconds."""
    return await postman.tick()
