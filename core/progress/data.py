"""Reading one lifter's ended sessions and their sets, oldest first."""
from __future__ import annotations

from core.ports import UnitOfWork
from core.workout.model import LoggedSet, Workout


async def load_history_rows(uow: UnitOfWork, user_id: int) -> tuple[list[Workout], list[LoggedSet]]:
    workouts = list(reversed(await uow.workouts.finished(user_id)))
    logged = await uow.workouts.sets_of([w.id for w in workouts if w.id is not None])
    return workouts, logged
