"""The SQL unit of work on SQLite and PostgreSQL: one transaction per message, redeliveries once."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from adapters.db.engine import make_engine
from adapters.db.uow import SqlUnitOfWorkFactory
from bot.migrate import upgrade
from core.conversation import Step
from core.model import Equipment, Profile, Units
from core.training.plan import LoadKind, PlannedLift, SessionPlan, Slot
from core.workout.model import LoggedSet, Workout

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
async def uow_factory(database_url: str):  # type: ignore[no-untyped-def]
    await upgrade(database_url)
    engine = make_engine(database_url)
    yield SqlUnitOfWorkFactory(engine)
    await engine.dispose()


def _plan() -> SessionPlan:
    lift = PlannedLift("db_row", "Single-arm dumbbell row", Slot.ROW_1, 3, 8, 12, 10, 16.0, True, LoadKind.PER_DUMBBELL, "cue")
    return SessionPlan(date(2026, 11, 23), (lift,), ("walk",), ("stretch",))


async def test_a_profile_its_session_and_sets_round_trip_through_the_database(uow_factory: SqlUnitOfWorkFactory) -> None:
    async with uow_factory() as uow:
        profile = await uow.users.create("telegram", "-100123", Profile(0, "Ana", equipment=frozenset({Equipment.DUMBBELLS}), units=Units.LB, timezone="Europe/Paris"))
        workout = await uow.workouts.add(Workout(None, profile.user_id, "telegram", "-100123", "group", date(2026, 11, 23), NOW, _plan()))
        await uow.workouts.add_set(LoggedSet(None, workout.id or 0, profile.user_id, "db_row", "row_1", 1, False, 10, 9, 16.0, False, NOW))
        conversation = (await uow.conversations.get(profile.user_id)).at(Step.SET, workout_id=workout.id)
        await uow.conversations.save(conversation)
        await uow.commit()
    async with uow_factory() as uow:
        again = await uow.users.by_identity("telegram", "-100123")
        assert again is not None and again.units is Units.LB and again.timezone == "Europe/Paris"
        active = await uow.workouts.active(again.user_id)
        assert active is not None and active.plan == _plan() and active.started_at == NOW
        logged = await uow.workouts.sets(active.id or 0)
        assert [(s.reps, s.reps_right, s.load_kg) for s in logged] == [(10, 9, 16.0)]
        assert (await uow.conversations.get(again.user_id)).step is Step.SET


async def test_nothing_is_stored_when_a_unit_of_work_is_not_committed(uow_factory: SqlUnitOfWorkFactory) -> None:
    async with uow_factory() as uow:
        await uow.users.create("console", "ana", Profile(0, "Ana"))
    async with uow_factory() as uow:
        assert await uow.users.by_identity("console", "ana") is None


async def test_the_same_platform_message_is_accepted_only_once(uow_factory: SqlUnitOfWorkFactory) -> None:
    async with uow_factory() as uow:
        assert await uow.inbox.first_time("telegram", "upd:1", NOW) is True
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.inbox.first_time("telegram", "upd:1", NOW) is False
        assert await uow.inbox.first_time("telegram", "upd:2", NOW) is True


async def test_a_failed_statement_on_sqlite_does_not_keep_the_write_lock(tmp_path: object) -> None:
    """A statement that fails right after BEGIN IMMEDIATE must not leave the connection holding the lock."""
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    from adapters.db.engine import make_engine

    url = f"sqlite+aiosqlite:///{tmp_path}/locks.db"
    first, second = make_engine(url), make_engine(url)
    try:
        async with first.connect() as connection:
            await connection.execute(text("CREATE TABLE t (x INTEGER)"))
            await connection.commit()
        async with first.connect() as connection:
            with pytest.raises(OperationalError):
                await connection.execute(text("SELECT * FROM no_such_table"))
        async with second.connect() as connection:
            await connection.exec_driver_sql("PRAGMA busy_timeout=500")
            await connection.execute(text("INSERT INTO t VALUES (1)"))
            await connection.commit()
    finally:
        await first.dispose()
        await second.dispose()
