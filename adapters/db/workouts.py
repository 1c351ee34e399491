"""Sessions and their sets."""
from __future__ import annotations

import json
from dataclasses import fields, replace
from functools import lru_cache
from typing import Any

from sqlalchemy import Text, bindparam, delete, select, type_coerce, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from adapters.db.loaded import Loaded
from adapters.db.tables import sets, workouts
from core.workout.codec import plan_from_dict, plan_to_dict
from core.training.plan import SessionPlan
from core.workout.model import LoggedSet, Phase, Status, Workout

ENDED = (Status.DONE.value, Status.PARTIAL.value, Status.STOPPED_FOR_SAFETY.value)


# The plan is read as its stored JSON text so that identical text decodes once: every message reads
# the open session's plan, and starting one reads recent sessions. Plans are frozen, safe to share.
_COLUMNS_READ = [type_coerce(c, Text).label("plan") if c.name == "plan" else c for c in workouts.c]


@lru_cache(maxsize=512)
def _plan_from_text(text: str) -> SessionPlan:
    return plan_from_dict(json.loads(text))


def _plan(stored: str | dict[str, Any]) -> SessionPlan:
    return _plan_from_text(stored) if isinstance(stored, str) else plan_from_dict(stored)


def _workout(row: RowMapping) -> Workout:
    return Workout(
        id=row["id"],
        user_id=row["user_id"],
        platform=row["platform"],
        chat_id=row["chat_id"],
        chat_kind=row["chat_kind"],
        day=row["day"],
        started_at=row["started_at"],
        plan=_plan(row["plan"]),
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
        rest_until=row["rest_until"],
    )


_COLUMNS = tuple(f.name for f in fields(Workout) if f.name != "id")  # each field is a column of the same name


def _column(workout: Workout, name: str) -> Any:
    value = getattr(workout, name)
    if name == "plan":
        return plan_to_dict(value)
    if name in ("status", "phase"):
        return value.value
    return value


def _values(workout: Workout, names: tuple[str, ...] | list[str] = _COLUMNS) -> dict[str, Any]:
    return {name: _column(workout, name) for name in names}


_ACTIVE = (
    select(*_COLUMNS_READ)
    .where(workouts.c.user_id == bindparam("user_id"), workouts.c.status == Status.ACTIVE.value)
    .order_by(workouts.c.id.desc())
    .limit(1)
)
_LIFT_SETS = (
    select(sets)
    .where(sets.c.user_id == bindparam("user_id"), sets.c.lift_key == bindparam("lift_key"), sets.c.warmup.is_(False))
    .order_by(sets.c.id)
)
_ADD_SET = sets.insert().returning(sets.c.id)
_ADD_WORKOUT = workouts.insert().returning(workouts.c.id)
# The SET clause comes from the parameters' names, so one statement serves any changed columns.
_SAVE_WORKOUT = update(workouts).where(workouts.c.id == bindparam("key"))


def _set(row: RowMapping) -> LoggedSet:
    return LoggedSet(
        row["id"], row["workout_id"], row["user_id"], row["lift_key"], row["slot"], row["set_number"],
        row["warmup"], row["reps"], row["reps_right"], row["load_kg"], row["failed"], row["logged_at"],
        row["seconds"],
    )


class SqlWorkouts:
    def __init__(self, session: AsyncSession, loaded: Loaded) -> None:
        self._session = session
        self._loaded = loaded

    async def _one(self, query: Any, parameters: dict[str, Any] | None = None) -> Workout | None:
        row = (await self._session.execute(query, parameters)).mappings().first()
        if row is None:
            return None
        workout = _workout(row)
        self._loaded.workouts[workout.id] = workout  # type: ignore[index]
        return workout

    async def active(self, user_id: int) -> Workout | None:
        return await self._one(_ACTIVE, {"user_id": user_id})

    async def add(self, workout: Workout) -> Workout:
        new_id = (await self._session.execute(_ADD_WORKOUT, _values(workout))).scalar_one()
        added = replace(workout, id=new_id)
        self._loaded.workouts[new_id] = added
        return added

    async def save(self, workout: Workout) -> None:
        changed = self._loaded.changed_workout_fields(workout)
        if changed == []:
            return
        values = _values(workout, changed if changed is not None else _COLUMNS)
        await self._session.execute(_SAVE_WORKOUT, {"key": workout.id, **values})
        self._loaded.workouts[workout.id] = workout  # type: ignore[index]

    async def get(self, workout_id: int) -> Workout | None:
        return await self._one(select(*_COLUMNS_READ).where(workouts.c.id == workout_id))

    async def add_set(self, logged: LoggedSet) -> LoggedSet:
        values = {k: v for k, v in logged.__dict__.items() if k != "id"}
        new_id = (await self._session.execute(_ADD_SET, values)).scalar_one()
        return replace(logged, id=new_id)

    async def remove_set(self, set_id: int) -> None:
        await self._session.execute(delete(sets).where(sets.c.id == set_id))

    async def sets(self, workout_id: int) -> list[LoggedSet]:
        query = select(sets).where(sets.c.workout_id == workout_id).order_by(sets.c.id)
        return [_set(row) for row in (await self._session.execute(query)).mappings()]

    async def finished(self, user_id: int, limit: int | None = None, before: int | None = None) -> list[Workout]:
        query = select(*_COLUMNS_READ).where(workouts.c.user_id == user_id, workouts.c.status.in_(ENDED))
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
        result = await self._session.execute(_LIFT_SETS, {"user_id": user_id, "lift_key": lift_key})
        return [_set(row) for row in result.mappings()]

    async def checkin_due(self, user_id: int) -> Workout | None:
        query = (
            select(*_COLUMNS_READ)
            .where(workouts.c.user_id == user_id, workouts.c.checkin_due_at.is_not(None), workouts.c.checkin_pain.is_(None))
            .order_by(workouts.c.id.desc())
            .limit(1)
        )
        return await self._one(query)
