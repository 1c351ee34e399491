"""Sessions and their sets."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from adapters.db.tables import sets, workouts
from core.workout.codec import plan_from_dict, plan_to_dict
from core.workout.model import LoggedSet, Phase, Status, Workout

ENDED = (Status.DONE.value, Status.PARTIAL.value, Status.STOPPED_FOR_SAFETY.value)


def _workout(row: RowMapping) -> Workout:
    return Workout(
        id=row["id"],
        user_id=row["user_id"],
        platform=row["platform"],
        chat_id=row["chat_id"],
        chat_kind=row["chat_kind"],
        day=row["day"],
        started_at=row["started_at"],
        plan=plan_from_dict(row["plan"]),
        status=Status(row["status"]),
        lift_index=row["lift_index"],
        set_index=row["set_index"],
        phase=Phase(row["phase"]),
        ended_at=row["ended_at"],
        pain_before=row["pain_before"],
        pain_after=row["pain_after"],
        checkin_due_at=row["checkin_due_at"],
        checkin_pain=row["checkin_pain"],
        reduce_next=row["reduce_next"],
    )


def _values(workout: Workout) -> dict[str, Any]:
    return {
        "user_id": workout.user_id,
        "platform": workout.platform,
        "chat_id": workout.chat_id,
        "chat_kind": workout.chat_kind,
        "day": workout.day,
        "started_at": workout.started_at,
        "ended_at": workout.ended_at,
        "status": workout.status.value,
        "plan": plan_to_dict(workout.plan),
        "lift_index": workout.lift_index,
        "set_index": workout.set_index,
        "phase": workout.phase.value,
        "pain_before": workout.pain_before,
        "pain_after": workout.pain_after,
        "checkin_due_at": workout.checkin_due_at,
        "checkin_pain": workout.checkin_pain,
        "reduce_next": workout.reduce_next,
    }


def _set(row: RowMapping) -> LoggedSet:
    return LoggedSet(
        row["id"], row["workout_id"], row["user_id"], row["lift_key"], row["slot"], row["set_number"],
        row["warmup"], row["reps"], row["reps_right"], row["load_kg"], row["failed"], row["logged_at"],
    )


class SqlWorkouts:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def _one(self, query: Any) -> Workout | None:
        row = (await self._session.execute(query)).mappings().first()
        return _workout(row) if row else None

    async def active(self, user_id: int) -> Workout | None:
        query = select(workouts).where(workouts.c.user_id == user_id, workouts.c.status == Status.ACTIVE.value)
        return await self._one(query.order_by(workouts.c.id.desc()).limit(1))

    async def add(self, workout: Workout) -> Workout:
        new_id = (await self._session.execute(workouts.insert().values(**_values(workout)).returning(workouts.c.id))).scalar_one()
        return replace(workout, id=new_id)

    async def save(self, workout: Workout) -> None:
        await self._session.execute(update(workouts).where(workouts.c.id == workout.id).values(**_values(workout)))

    async def get(self, workout_id: int) -> Workout | None:
        return await self._one(select(workouts).where(workouts.c.id == workout_id))

    async def add_set(self, logged: LoggedSet) -> LoggedSet:
        values = {k: v for k, v in logged.__dict__.items() if k != "id"}
        new_id = (await self._session.execute(sets.insert().values(**values).returning(sets.c.id))).scalar_one()
        return replace(logged, id=new_id)

    async def remove_set(self, set_id: int) -> None:
        await self._session.execute(delete(sets).where(sets.c.id == set_id))

    async def sets(self, workout_id: int) -> list[LoggedSet]:
        query = select(sets).where(sets.c.workout_id == workout_id).order_by(sets.c.id)
        return [_set(row) for row in (await self._session.execute(query)).mappings()]

    async def finished(self, user_id: int, limit: int | None = None, before: int | None = None) -> list[Workout]:
        query = select(workouts).where(workouts.c.user_id == user_id, workouts.c.status.in_(ENDED))
        if before is not None:
            query = query.where(workouts.c.id < before)
        query = query.order_by(workouts.c.id.desc())
        if limit is not None:
            query = query.limit(limit)
        return [_workout(row) for row in (await self._session.execute(query)).mappings()]

    async def sets_of(self, workout_ids: list[int]) -> list[LoggedSet]:
        if not workout_ids:
            return []
        query = select(sets).where(sets.c.workout_id.in_(workout_ids)).order_by(sets.c.id)
        return [_set(row) for row in (await self._session.execute(query)).mappings()]

    async def lift_sets(self, user_id: int, lift_key: str) -> list[LoggedSet]:
        query = (
            select(sets)
            .where(sets.c.user_id == user_id, sets.c.lift_key == lift_key, sets.c.warmup.is_(False))
            .order_by(sets.c.id)
        )
        return [_set(row) for row in (await self._session.execute(query)).mappings()]

    async def checkin_due(self, user_id: int) -> Workout | None:
        query = (
            select(workouts)
            .where(workouts.c.user_id == user_id, workouts.c.checkin_due_at.is_not(None), workouts.c.checkin_pain.is_(None))
            .order_by(workouts.c.id.desc())
            .limit(1)
        )
        return await self._one(query)
