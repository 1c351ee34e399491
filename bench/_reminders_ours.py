"""Child process: the real service with its postman over the seeded schedules.

Ready means: imports done, services built (as `backcoach run` builds them, migration check included),
the real APScheduler postman job started and its first tick finished, with the clock 30 s before the
busy minute. Then, by mode: `startup` stops there; `busy` plans and claims the busy minute; `deliver`
starts at the busy minute and lets the real scheduler, Postman and Limiter plan and send for a while.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import time
from datetime import timedelta
from pathlib import Path

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent

import adapters.telegram.app  # noqa: F401  # a Telegram deployment carries python-telegram-bot, like the baseline
from bench._reminders_common import READY, CappedMessenger, peak_rss_mb, report, rss_mb
from bench._reminders_seed import BUSY
from bot.clock import MovableClock
from bot.postman import make_postman, start_postman
from bot.settings import Settings
from bot.wiring import build_services
from core.reminders.postman import Postman, TickReport

RESULT = "RESULT "


async def busy_minute(postman: Postman, clock: MovableClock) -> dict[str, object]:
    """The real plan (schedules → outbox rows) and the real claim of every row due in the busy minute."""
    clock.set(BUSY + timedelta(seconds=1))
    postman.report = TickReport()
    started = time.perf_counter()
    while True:
        before = postman.report.planned
        await postman.plan()
        if postman.report.planned == before:
            break
    planned = time.perf_counter()
    now, claimed = clock.now(), 0
    while True:
        async with postman.uow_factory() as uow:
            rows = await uow.reminders.claim(now, now + postman.lease, postman.worker, postman.batch)
            await uow.commit()
        if not rows:
            break
        claimed += len(rows)
    done = time.perf_counter()
    return {"planned": postman.report.planned, "plan_s": planned - started, "claimed": claimed, "claim_s": done - planned}


async def deliver(postman: Postman, messenger: CappedMessenger, clock: MovableClock, tick: float, seconds: float) -> dict[str, object]:
    """From one second into the busy minute, the real scheduler ticks: plan, claim, send, for `seconds`."""
    clock.set(BUSY + timedelta(seconds=1))
    started = time.monotonic()
    scheduler = start_postman(postman, tick)
    await asyncio.sleep(seconds)
    scheduler.shutdown(wait=False)
    sent = [at - started for at in messenger.sent_at if at <= started + seconds]
    return {"sent": len(sent), "seconds": seconds, "first_send_s": sent[0] if sent else None, "refused": messenger.refused,
            "busiest_second": messenger.busiest_second}


async def main(db: Path, mode: str, seconds: float, cap: int, latency: float) -> None:
    clock = MovableClock(BUSY - timedelta(seconds=30))
    settings = Settings(database_url=f"sqlite+aiosqlite:///{db}")
    services = await build_services(settings, clock=clock)
    before = rss_mb()
    messenger = CappedMessenger(cap, latency)
    postman = make_postman(services.uow_factory, messenger, clock)
    ticked = asyncio.Event()

    def first_tick(event: JobExecutionEvent) -> None:
        ticked.set()

    scheduler = start_postman(postman, settings.postman_tick_seconds)
    scheduler.add_listener(first_tick, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    await ticked.wait()
    report(READY, {"rss_before_mb": before, "rss_mb": rss_mb(), "peak_rss_mb": peak_rss_mb()})
    scheduler.shutdown(wait=False)
    if mode == "busy":
        report(RESULT, await busy_minute(postman, clock) | {"peak_rss_after_mb": peak_rss_mb()})
    elif mode == "deliver":
        figures = await deliver(postman, messenger, clock, settings.postman_tick_seconds, seconds)
        report(RESULT, figures | {"peak_rss_after_mb": peak_rss_mb()})
    os._exit(0)  # a tick may still be mid-send; nothing here needs a tidy shutdown


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--mode", choices=("startup", "busy", "deliver"), default="startup")
    parser.add_argument("--seconds", type=float, default=25.0)
    parser.add_argument("--cap", type=int, default=30)
    parser.add_argument("--latency", type=float, default=0.0)
    args = parser.parse_args()
    asyncio.run(main(args.db, args.mode, args.seconds, args.cap, args.latency))
