"""Seeds a real database with one lifter's sessions, sets, pain, safety notes and held messages."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bot.settings import load_settings
from bot.wiring import Services, build_services
from core.messages import Reply
from core.model import Equipment, Level, Profile
from core.training.plan import SessionPlan
from core.workout.model import LoggedSet, PainReport, SafetyEvent, Status, Workout
from tests.fakes import FakeClock

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


async def services(url: str, data_dir: Path) -> Services:
    settings = load_settings(database_url=url, default_timezone="Europe/London")
    return await build_services(settings, clock=FakeClock(NOW))


async def seed(services: Services, platform: str, platform_id: str, sessions: int = 3) -> int:
    async with services.uow_factory() as uow:
        profile = await uow.users.create(platform, platform_id, Profile(0, platform_id, level=Level.RETURNING, onboarded=True,
                                         equipment=frozenset({Equipment.DUMBBELLS}), timezone="America/New_York"))
        for n in range(sessions):
            day = date(2026, 10, 1) + timedelta(days=3 * n)
            at = datetime(day.year, day.month, day.day, 23, 30, tzinfo=UTC)  # evening in New York: date stays local
            workout = await uow.workouts.add(Workout(None, profile.user_id, platform, platform_id, "private", day, at,
                                                     SessionPlan(day, (), (), ()), status=Status.DONE, ended_at=at, pain_before=2))
            wid = workout.id or 0
            for number, (key, slot, load, right, warm) in enumerate([
                ("one_arm_db_row", "row_1", 20.0 + n * 2.5, 9, False), ("db_rdl", "hinge", 11.3398, None, True),
                ("db_rdl", "hinge", 22.6796 + n, None, False), ("pull_up", "vertical_pull", None, None, False),
            ], 1):
                await uow.workouts.add_set(LoggedSet(None, wid, profile.user_id, key, slot, number, warm, 10 - n, right, load, False,
                                                     at + timedelta(minutes=number)))
            await uow.pain.add(PainReport(profile.user_id, 3, "lift", at, wid, "db_rdl"))
        await uow.safety.add(SafetyEvent(profile.user_id, "provider", ("leg_tingling",), NOW - timedelta(days=2), None, platform))
        await uow.held.hold("tok" + platform_id, platform, platform_id, [Reply("held for you")], NOW)
        await uow.commit()
        return profile.user_id
