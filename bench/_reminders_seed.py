"""Seeding the reminders benchmark: many users with private schedules, written in bulk (not through the coach).

Schedules are spread over weekdays, times and time zones the way people pick them (mornings, lunch,
evenings; one to three days a week). A fraction is placed in one "busy minute": Monday 18:00 UTC,
which is 18:00 in London, 19:00 in Berlin, 13:00 in New York and so on.
"""
from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select

from adapters.db.reminder_tables import reminder_schedules
from adapters.db.tables import identities, users
from adapters.db.engine import make_engine
from adapters.db.uow import SqlUnitOfWorkFactory
from bot.migrate import upgrade
from bot.postman import next_occurrence
from core.model import Profile
from core.reminders.model import Kind, user_owner

BUSY = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)  # a Monday; every zone below is on standard time
SEEDED_AT = BUSY - timedelta(minutes=1)  # next occurrences are computed from here, so nothing is due before BUSY
PLATFORM = "telegram"  # the Limiter paces Telegram at 30 messages/s

# (zone, share of users); the busy minute needs each zone's local time at BUSY.
ZONES = (
    ("Europe/London", 0.22), ("Europe/Berlin", 0.16), ("Europe/Paris", 0.08), ("Europe/Madrid", 0.06),
    ("Europe/Warsaw", 0.05), ("Europe/Helsinki", 0.03), ("Africa/Lagos", 0.04), ("Africa/Johannesburg", 0.03),
    ("America/New_York", 0.14), ("America/Chicago", 0.07), ("America/Los_Angeles", 0.06), ("Asia/Kolkata", 0.03),
    ("Australia/Sydney", 0.03),
)
BUSY_LOCAL = {  # local wall time at BUSY, for the zones whose hour there is a plausible training time
    "Europe/London": time(18, 0), "Europe/Berlin": time(19, 0), "Europe/Paris": time(19, 0), "Europe/Madrid": time(19, 0),
    "Europe/Warsaw": time(19, 0), "Europe/Helsinki": time(20, 0), "Africa/Lagos": time(19, 0),
    "Africa/Johannesburg": time(20, 0), "America/New_York": time(13, 0), "America/Chicago": time(12, 0),
}
HOURS = ((6, 3), (7, 5), (8, 3), (12, 3), (13, 1), (17, 4), (18, 6), (19, 5), (20, 3), (21, 1))  # (hour, weight)
MINUTES = ((0, 6), (15, 1), (30, 4), (45, 1))
DAY_SETS = (((0,), 2), ((2,), 1), ((5,), 1), ((0, 3), 4), ((1, 4), 3), ((0, 2, 4), 3), ((1, 3, 5), 2), ((5, 6), 1))


@lru_cache(maxsize=None)
def _first(weekdays: tuple[int, ...], at: time, zone: str) -> datetime:
    return next_occurrence(weekdays, at, zone, SEEDED_AT)


def _pick(rng: random.Random, options: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


def plan_schedules(count: int, busy_fraction: float, seed: int = 7) -> list[tuple[tuple[int, ...], time, str]]:
    """(weekdays, local time, zone) per user; the first `busy_fraction` of them fall due at BUSY."""
    rng = random.Random(seed)
    busy_zones = list(BUSY_LOCAL)
    plans: list[tuple[tuple[int, ...], time, str]] = []
    for n in range(count):
        if n < round(count * busy_fraction):
            zone = rng.choice(busy_zones)
            plans.append((rng.choice(((0,), (0, 3), (0, 2, 4))), BUSY_LOCAL[zone], zone))
            continue
        zone = rng.choices([z for z, _ in ZONES], weights=[w for _, w in ZONES])[0]
        plans.append((_pick(rng, DAY_SETS), time(_pick(rng, HOURS), _pick(rng, MINUTES)), zone))
    rng.shuffle(plans)  # busy users are not one block of ids
    return plans


async def _template_user(url: str) -> None:
    """One user created through the real repository: its row is the pattern for the bulk insert."""
    uows = SqlUnitOfWorkFactory(make_engine(url))
    async with uows() as uow:
        await uow.users.create(PLATFORM, "template", Profile(0, "template", timezone="UTC", onboarded=True, weekly_goal=2))
        await uow.commit()
    await uows.engine.dispose()


def seed(path: Path, count: int, busy_fraction: float) -> int:
    """Migrate a new database to head and fill it; returns how many schedules fall due at BUSY."""
    url = f"sqlite+aiosqlite:///{path}"
    asyncio.run(upgrade(url))
    asyncio.run(_template_user(url))
    engine = create_engine(f"sqlite:///{path}")
    plans = plan_schedules(count, busy_fraction)
    with engine.begin() as conn:
        template = dict(conn.execute(select(users)).mappings().one())
        conn.execute(identities.delete())
        conn.execute(users.delete())
        people, accounts, schedules = [], [], []
        for user_id, (weekdays, at, zone) in enumerate(plans, start=1):
            chat = str(10_000_000 + user_id)
            people.append(template | {"id": user_id, "display_name": f"lifter{user_id}", "timezone": zone})
            accounts.append({"platform": PLATFORM, "platform_user_id": chat, "user_id": user_id, "unreachable": False})
            schedules.append({
                "owner": user_owner(user_id), "kind": Kind.TRAINING.value, "user_id": user_id, "platform": PLATFORM,
                "chat_id": chat, "weekdays": ",".join(map(str, weekdays)), "at": at, "timezone": zone,
                "next_at": _first(weekdays, at, zone), "fresh": False, "skip_until": None,
            })
        for table, rows in ((users, people), (identities, accounts), (reminder_schedules, schedules)):
            for start in range(0, len(rows), 10_000):
                conn.execute(table.insert(), rows[start:start + 10_000])
    engine.dispose()
    return sum(1 for row in schedules if row["next_at"] == BUSY)


__all__ = ["BUSY", "PLATFORM", "SEEDED_AT", "seed", "plan_schedules"]
