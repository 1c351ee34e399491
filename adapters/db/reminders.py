"""The reminders repository: schedules, the outbox with its atomic claim, members and pauses."""
from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import and_, bindparam, delete, or_, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from adapters.db.reminder_tables import reminder_members, reminder_outbox, reminder_pauses, reminder_schedules
from adapters.db.tables import workouts
from core.reminders.model import Delivery, Kind, Member, Pause, Schedule, Status

S, O = reminder_schedules.c, reminder_outbox.c

# The same text on SQLite and PostgreSQL. SQLAlchemy cannot cache a dialect `on_conflict_do_nothing()`
# insert and compiled it anew for every row: 40 % of planning a busy minute.
_OUTBOX_COLUMNS = ("dedupe_key", "owner", "kind", "user_id", "platform", "chat_id", "workout_id", "due_at", "status",
                   "attempts", "not_before", "worker", "note")
_ENQUEUE = text(
    f"INSERT INTO reminder_outbox ({', '.join(_OUTBOX_COLUMNS)}) VALUES ({', '.join(':' + c for c in _OUTBOX_COLUMNS)}) "
    "ON CONFLICT (dedupe_key) DO NOTHING"
).bindparams(*(bindparam(c, type_=reminder_outbox.c[c].type) for c in _OUTBOX_COLUMNS))


def _schedule(row: RowMapping) -> Schedule:
    at = row["at"] if isinstance(row["at"], time) else time.fromisoformat(row["at"])
    return Schedule(
        id=row["id"],
        owner=row["owner"],
        kind=Kind(row["kind"]),
        platform=row["platform"],
        chat_id=row["chat_id"],
        weekdays=tuple(int(d) for d in row["weekdays"].split(",") if d),
        at=at,
        timezone=row["timezone"],
        next_at=row["next_at"],
        user_id=row["user_id"],
        skip_until=row["skip_until"],
        fresh=row["fresh"],
    )


def _delivery(row: RowMapping) -> Delivery:
    return Delivery(
        id=row["id"],
        owner=row["owner"],
        kind=Kind(row["kind"]),
        platform=row["platform"],
        chat_id=row["chat_id"],
        due_at=row["due_at"],
        dedupe_key=row["dedupe_key"],
        user_id=row["user_id"],
        status=Status(row["status"]),
        attempts=row["attempts"],
        workout_id=row["workout_id"],
    )


class SqlReminders:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    def _insert(self, table: Any) -> Any:
        return (pg_insert if self._session.bind.dialect.name == "postgresql" else sqlite_insert)(table)

    async def schedules_of(self, owner: str) -> list[Schedule]:
        rows = (await self._session.execute(select(reminder_schedules).where(S.owner == owner).order_by(S.id))).mappings()
        return [_schedule(r) for r in rows]

    async def save_schedule(self, schedule: Schedule) -> None:
        values = {
            "owner": schedule.owner,
            "kind": schedule.kind.value,
            "user_id": schedule.user_id,
            "platform": schedule.platform,
            "chat_id": schedule.chat_id,
            "weekdays": ",".join(str(d) for d in schedule.weekdays),
            "at": schedule.at,
            "timezone": schedule.timezone,
            "next_at": schedule.next_at,
            "fresh": schedule.fresh,
            "skip_until": schedule.skip_until,
        }
        statement = self._insert(reminder_schedules).values(**values)
        changed = {k: statement.excluded[k] for k in values if k not in ("owner", "kind")}
        await self._session.execute(statement.on_conflict_do_update(index_elements=["owner", "kind"], set_=changed))

    async def delete_schedules(self, owner: str) -> None:
        await self._session.execute(delete(reminder_schedules).where(S.owner == owner))

    async def due_schedules(self, now: datetime, limit: int) -> list[Schedule]:
        # PostgreSQL: two postmen planning at once take different rows; SQLite has one writer anyway.
        query = select(reminder_schedules).where(S.next_at <= now).order_by(S.next_at).limit(limit).with_for_update(skip_locked=True)
        return [_schedule(r) for r in (await self._session.execute(query)).mappings()]

    async def advance(self, schedule_id: int, next_at: datetime) -> None:
        await self._session.execute(update(reminder_schedules).where(S.id == schedule_id).values(next_at=next_at, fresh=False))

    async def enqueue(self, delivery: Delivery) -> bool:
        values = {
            "dedupe_key": delivery.dedupe_key,
            "owner": delivery.owner,
            "kind": delivery.kind.value,
            "user_id": delivery.user_id,
            "platform": delivery.platform,
            "chat_id": delivery.chat_id,
            "workout_id": delivery.workout_id,
            "due_at": delivery.due_at,
            "status": Status.PENDING.value,
            "attempts": 0,
            "not_before": delivery.due_at,
            "worker": "",
            "note": "",
        }
        result = await self._session.execute(_ENQUEUE, values)
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def checkins_due(self, now: datetime, since: datetime) -> list[tuple[int, int, datetime]]:
        w = workouts.c
        query = select(w.user_id, w.id, w.checkin_due_at).where(
            w.checkin_due_at <= now, w.checkin_due_at >= since, w.checkin_pain.is_(None)
        )
        return [(r.user_id, r.id, r.checkin_due_at) for r in await self._session.execute(query)]

    async def claim(self, now: datetime, lease_until: datetime, worker: str, limit: int) -> list[Delivery]:
        claimable = or_(
            and_(O.status == Status.PENDING.value, O.not_before <= now),
            and_(O.status == Status.SENDING.value, O.lease_until < now),  # a postman died holding it
        )
        # PostgreSQL: FOR UPDATE SKIP LOCKED lets each postman take different rows without waiting;
        # SQLite ignores it, and its single writer plus the repeated guard make the UPDATE atomic.
        picked = select(O.id).where(claimable).order_by(O.not_before).limit(limit).with_for_update(skip_locked=True)
        statement = (
            update(reminder_outbox)
            .where(O.id.in_(picked.scalar_subquery()), claimable)
            .values(status=Status.SENDING.value, lease_until=lease_until, worker=worker[:60])
            .returning(*reminder_outbox.c)
        )
        rows = (await self._session.execute(statement)).mappings().all()
        return sorted((_delivery(r) for r in rows), key=lambda d: d.due_at)

    async def finish(self, delivery_id: int, status: Status, at: datetime, note: str = "") -> None:
        await self._session.execute(
            update(reminder_outbox).where(O.id == delivery_id).values(status=status.value, finished_at=at, lease_until=None, note=note[:200])
        )

    async def retry_at(self, delivery_id: int, at: datetime, attempts: int) -> None:
        await self._session.execute(
            update(reminder_outbox)
            .where(O.id == delivery_id)
            .values(status=Status.PENDING.value, not_before=at, attempts=attempts, lease_until=None)
        )

    async def cancel(self, owner: str, kind: Kind, at: datetime) -> int:
        # Only pending rows: one already claimed is being sent, and compose() finds it no longer needed.
        result = await self._session.execute(
            update(reminder_outbox)
            .where(O.owner == owner, O.kind == kind.value, O.status == Status.PENDING.value)
            .values(status=Status.SKIPPED.value, finished_at=at, note="cancelled")
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    async def members(self, platform: str, chat_id: str) -> list[Member]:
        m = reminder_members.c
        query = select(reminder_members).where(m.platform == platform, m.chat_id == chat_id).order_by(m.display_name)
        return [
            Member(r["platform"], r["chat_id"], r["platform_user_id"], r["display_name"], r["user_id"], r["opted_in"])
            for r in (await self._session.execute(query)).mappings()
        ]

    async def set_member(self, member: Member) -> None:
        statement = self._insert(reminder_members).values(
            platform=member.platform,
            chat_id=member.chat_id,
            platform_user_id=member.platform_user_id,
            display_name=member.display_name[:200],
            user_id=member.user_id,
            opted_in=member.opted_in,
        )
        changed = {"display_name": statement.excluded.display_name, "opted_in": statement.excluded.opted_in, "user_id": statement.excluded.user_id}
        await self._session.execute(
            statement.on_conflict_do_update(index_elements=["platform", "chat_id", "platform_user_id"], set_=changed)
        )

    async def pauses(self, user_id: int) -> list[Pause]:
        p = reminder_pauses.c
        rows = await self._session.execute(select(p.start, p.end).where(p.user_id == user_id).order_by(p.start))
        return [Pause(user_id, r.start, r.end) for r in rows]

    async def set_pause(self, pause: Pause) -> None:
        p = reminder_pauses.c
        await self._session.execute(
            delete(reminder_pauses).where(p.user_id == pause.user_id, p.start <= pause.start, p.end >= pause.start)
        )
        await self._session.execute(reminder_pauses.insert().values(user_id=pause.user_id, start=pause.start, end=pause.end))

    async def end_pause(self, user_id: int, last_day: date) -> bool:
        p = reminder_pauses.c
        running = and_(p.user_id == user_id, p.end > last_day)
        found = (await self._session.execute(select(p.id, p.start).where(running))).all()
        for row in found:
            if row.start > last_day:
                await self._session.execute(delete(reminder_pauses).where(p.id == row.id))
            else:
                await self._session.execute(update(reminder_pauses).where(p.id == row.id).values(end=last_day))
        return bool(found)

    async def private_chat(self, user_id: int) -> tuple[str, str] | None:
        query = select(S.platform, S.chat_id).where(S.user_id == user_id, S.kind == Kind.TRAINING.value).limit(1)
        row = (await self._session.execute(query)).first()
        return (row.platform, row.chat_id) if row else None
