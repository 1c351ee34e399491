"""Child process: the baseline a python-telegram-bot developer reaches for, one PTB JobQueue
`run_daily` job (an APScheduler CronTrigger job) per user, over the same seeded schedules.

The process is built the same way as ours (same imports, same services, same database), so the
difference is the scheduling alone. Ready means: every schedule read, one job added per user in its
own time zone, and the JobQueue's scheduler started (it computes every job's next run on start).
"""
from __future__ import annotations

import argparse
import asyncio
import os
from datetime import time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from telegram.ext import Application, CallbackContext

from adapters.db.reminder_tables import reminder_schedules
from bench._reminders_common import READY, peak_rss_mb, report, rss_mb
from bench._reminders_seed import BUSY, SEEDED_AT
from bot.clock import MovableClock
from bot.settings import Settings
from bot.wiring import build_services

RESULT = "RESULT "


async def remind(context: CallbackContext) -> None:  # type: ignore[type-arg]
    """What each job would do: send the reminder (never reached in the benchmark)."""


async def main(db: Path, check: bool) -> None:
    settings = Settings(database_url=f"sqlite+aiosqlite:///{db}")
    services = await build_services(settings, clock=MovableClock(BUSY - timedelta(seconds=30)))
    before = rss_mb()
    application = Application.builder().token("123456:benchmark-token-never-used").build()
    jobs = application.job_queue
    assert jobs is not None, "python-telegram-bot's job-queue extra (APScheduler) is needed"
    s = reminder_schedules.c
    async with services.engine.connect() as conn:
        rows = (await conn.execute(select(s.owner, s.chat_id, s.weekdays, s.at, s.timezone))).all()
    for row in rows:
        days = tuple((int(d) + 1) % 7 for d in row.weekdays.split(","))  # PTB counts days from Sunday = 0
        at = time(row.at.hour, row.at.minute, tzinfo=ZoneInfo(row.timezone))
        jobs.run_daily(remind, at, days=days, name=row.owner, chat_id=int(row.chat_id), user_id=int(row.chat_id))
    await jobs.start()
    await asyncio.sleep(0)  # let the scheduler's first wake-up run
    report(READY, {"rss_before_mb": before, "rss_mb": rss_mb(), "peak_rss_mb": peak_rss_mb(), "jobs": len(rows)})
    if check:  # the baseline schedules the same thing: how many of its jobs fire in the busy minute
        due = sum(1 for job in jobs.scheduler.get_jobs() if job.trigger.get_next_fire_time(None, SEEDED_AT) == BUSY)
        report(RESULT, {"due_at_busy": due})
    os._exit(0)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    asyncio.run(main(args.db, args.check))
