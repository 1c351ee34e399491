"""The postman's clockwork: APScheduler ticks one job; the rows in the database are the schedule."""
from __future__ import annotations

import logging
import os
import socket
import time as monotonic_time
from datetime import datetime, time, timedelta
from collections.abc import Callable
from functools import lru_cache

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger

from core.messages import Outgoing
from core.ports import Clock, Messenger, UnitOfWorkFactory
from core.reminders.limiter import Limiter
from core.reminders.postman import Postman, TickReport, deliver_due

log = logging.getLogger(__name__)

_CRON_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@lru_cache(maxsize=4096)
def _trigger(weekdays: tuple[int, ...], hour: int, minute: int, timezone: str) -> CronTrigger:
    # Building a CronTrigger costs as much as asking it for a time; people share a few hundred rhythms.
    return CronTrigger(day_of_week=",".join(_CRON_DAYS[d] for d in weekdays), hour=hour, minute=minute, second=0, timezone=timezone)


def next_occurrence(weekdays: tuple[int, ...], at: time, timezone: str, after: datetime) -> datetime:
    """CronTrigger's DST-aware maths: the first local `at` on `weekdays` strictly after `after`."""
    # CronTrigger returns times at or after "now"; one second on makes it strictly after.
    fire = _trigger(tuple(weekdays), at.hour, at.minute, timezone).get_next_fire_time(None, after + timedelta(seconds=1))
    if fire is None:
        raise ValueError("a weekly schedule always has a next occurrence")
    return fire.astimezone(after.tzinfo)


class MessengerRouter:
    """One Messenger for every running platform: each message goes to its platform's adapter."""

    def __init__(self, messengers: dict[str, Messenger]) -> None:
        self._messengers = messengers

    async def send(self, message: Outgoing) -> str | None:
        messenger = self._messengers.get(message.platform)
        if messenger is None:
            from core.errors import DeliveryFailed

            raise DeliveryFailed(f"no messenger for {message.platform}")
        return await messenger.send(message)


def make_postman(uow_factory: UnitOfWorkFactory, messenger: Messenger, clock: Clock, *, worker: str | None = None) -> Postman:
    return Postman(
        uow_factory,
        messenger,
        clock,
        next_occurrence,
        Limiter(monotonic_time.monotonic),
        worker=worker or f"{socket.gethostname()}:{os.getpid()}",
    )


def start_postman(
    postman: Postman, tick_seconds: float, *, on_report: Callable[[TickReport], None] | None = None
) -> AsyncIOScheduler:
    """One job, never overlapping itself; ticks missed while busy collapse into one."""
    scheduler = AsyncIOScheduler()

    async def tick() -> None:
        try:
            report: TickReport = await deliver_due(postman)
        except Exception:  # a bad tick must not stop the next one
            log.exception("postman tick failed")
            return
        if on_report is not None:
            on_report(report)
        if report.planned or report.sent or report.skipped:
            log.info("postman: %s", report)

    scheduler.add_job(tick, "interval", seconds=tick_seconds, max_instances=1, coalesce=True, id="postman", next_run_time=datetime.now())
    scheduler.start()
    return scheduler
