"""Planning reads a bounded window of recent sessions, so starting one costs the same in year two."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from core.model import Profile
from core.training.plan import SessionPlan
from core.workout.history import PLANNING_SESSIONS, load_history
from core.workout.model import LoggedSet, PainReport, Status, Workout
from tests.fakes import FakeUnitOfWork, Store


async def test_planning_sees_only_the_latest_sessions_with_their_own_sets_and_pain() -> None:
    store = Store()
    uow = FakeUnitOfWork(store)
    await uow.__aenter__()
    first = date(2025, 1, 6)
    for week in range(PLANNING_SESSIONS + 12):
        day = first + timedelta(days=7 * week)
        plan = SessionPlan(day, (), (), ())
        workout = await uow.workouts.add(
            Workout(None, 1, "console", "dm", "private", day, datetime(2025, 1, 6, tzinfo=UTC), plan, status=Status.DONE)
        )
        await uow.workouts.add_set(LoggedSet(None, workout.id, 1, "pull_up", "vertical_pull", 1, False, 5 + week % 3, None, None, False, datetime.now(UTC)))
        await uow.pain.add(PainReport(1, week % 4, "lift", datetime.now(UTC), workout.id, "pull_up"))
    await uow.commit()

    history = await load_history(uow, Profile(1, "Sam"), limit=PLANNING_SESSIONS)

    assert len(history.sessions) == PLANNING_SESSIONS
    assert history.sessions[0].day == first + timedelta(days=7 * 12)  # the oldest twelve fell out
    assert history.sessions[-1].day == first + timedelta(days=7 * (PLANNING_SESSIONS + 11))
    newest = history.sessions[-1].lifts[0]
    assert newest.sets[0].reps == 5 + (PLANNING_SESSIONS + 11) % 3
    assert newest.pain_max == (PLANNING_SESSIONS + 11) % 4
    everything = await load_history(uow, Profile(1, "Sam"))
    assert len(everything.sessions) == PLANNING_SESSIONS + 12  # /history and bests still read it all
