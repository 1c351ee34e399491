"""A coach over the in-memory fakes with a made-up history, for the progress tests."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from adapters.charts.files import DirectoryFiles
from adapters.charts.render import MatplotlibCharts
from core.coach import Coach
from core.messages import ChatKind, Incoming, Reply
from core.model import Equipment, Level, Profile
from core.progress.ports import Outputs
from core.training.plan import SessionPlan
from core.workout.model import LoggedSet, PainReport, Status, Workout
from tests.fakes import FakeClock, FakeUnitOfWork, Store

LIFTS = (("pull_up", "vertical_pull", None), ("one_arm_db_row", "row_1", 20.0), ("db_rdl", "hinge", 24.0))


class _NoPauses:
    async def pauses(self, user_id: int) -> list[object]:
        return []


class ProgressUnitOfWork(FakeUnitOfWork):
    async def rollback(self) -> None:
        await super().rollback()
        if not hasattr(self, "reminders"):
            self.reminders = _NoPauses()


def make_coach(store: Store, clock: FakeClock, data_dir: Path | None) -> Coach:
    outputs = Outputs(MatplotlibCharts(data_dir / "charts"), DirectoryFiles(data_dir / "exports")) if data_dir else None
    return Coach(lambda: ProgressUnitOfWork(store), clock, outputs=outputs)  # type: ignore[arg-type, return-value]


def add_user(store: Store, platform: str, platform_id: str, name: str = "Sam", **changes: object) -> int:
    user_id = store.new_id()
    profile = Profile(user_id, name, level=Level.RETURNING, equipment=frozenset({Equipment.DUMBBELLS, Equipment.PULLUP_BAR}),
                      onboarded=True, timezone="Europe/London")
    store.profiles[user_id] = replace(profile, **changes)  # type: ignore[arg-type]
    store.identities[(platform, platform_id)] = user_id
    return user_id


def add_history(store: Store, user_id: int, first: date, sessions: int, *, every_days: int = 4) -> list[LoggedSet]:
    """Sessions every few days; loads go up 2 kg every other session; one-arm rows log left/right."""
    logged: list[LoggedSet] = []
    for n in range(sessions):
        day = first + timedelta(days=n * every_days)
        started = datetime(day.year, day.month, day.day, 18, 0, tzinfo=UTC)
        wid = store.new_id()
        store.workouts[wid] = Workout(wid, user_id, "console", "dm", "private", day, started, SessionPlan(day, (), (), ()),
                                      status=Status.DONE, ended_at=started + timedelta(hours=1), pain_before=1, pain_after=2)
        for key, slot, base in LIFTS:
            load = base + 2 * (n // 2) if base else None
            for number in (1, 2, 3):
                sid = store.new_id()
                right = 9 + number % 2 if key == "one_arm_db_row" else None
                item = LoggedSet(sid, wid, user_id, key, slot, number, False, 10 - number + 1, right, load, False,
                                 started + timedelta(minutes=5 * number))
                store.sets[sid] = item
                logged.append(item)
        store.pain.append(PainReport(user_id, 1 + n % 3, "after", started + timedelta(hours=1), wid))
    return logged


def said(text: str, *, who: str = "sam", platform: str = "console", group: bool = False, payload: str | None = None,
         at: datetime | None = None) -> Incoming:
    return Incoming(platform, f"group:x" if group else f"dm:{who}", ChatKind.GROUP if group else ChatKind.PRIVATE, who, who,
                    at or datetime(2026, 11, 23, 9, tzinfo=UTC), text=text if payload is None else "", payload=payload)


def texts(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)
