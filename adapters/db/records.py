"""Pain reports, safety events, the redelivery guard and held private messages."""
from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from adapters.db.loaded import Loaded
from adapters.db.tables import held_messages, pain_reports, processed_messages, safety_events
from core.messages import Attachment, CardRef, Choice, Reply, Visibility
from core.workout.model import PainReport, SafetyEvent


_ADD_PAIN = pain_reports.insert()


class SqlPainReports:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, report: PainReport) -> None:
        await self._session.execute(_ADD_PAIN, asdict(report))

    async def of_user(self, user_id: int) -> list[PainReport]:
        return await self._reports(select(pain_reports).where(pain_reports.c.user_id == user_id))

    async def of_workouts(self, workout_ids: list[int]) -> list[PainReport]:
        if not workout_ids:
            return []
        return await self._reports(select(pain_reports).where(pain_reports.c.workout_id.in_(workout_ids)))

    async def _reports(self, query: Any) -> list[PainReport]:
        return [
            PainReport(r["user_id"], r["value"], r["moment"], r["at"], r["workout_id"], r["lift_key"])
            for r in (await self._session.execute(query.order_by(pain_reports.c.id))).mappings()
        ]


class SqlSafetyEvents:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, event: SafetyEvent) -> None:
        values = asdict(event) | {"triggers": list(event.triggers)}
        await self._session.execute(safety_events.insert().values(**values))

    async def of_user(self, user_id: int) -> list[SafetyEvent]:
        query = select(safety_events).where(safety_events.c.user_id == user_id).order_by(safety_events.c.id)
        return [
            SafetyEvent(r["user_id"], r["tier"], tuple(r["triggers"]), r["at"], r["workout_id"], r["platform"], r["chat_kind"])
            for r in (await self._session.execute(query)).mappings()
        ]


def _first_time(insert: Any) -> Any:
    return (
        insert(processed_messages)
        .values(platform=bindparam("platform"), message_id=bindparam("message_id"), seen_at=bindparam("seen_at"))
        .on_conflict_do_nothing(index_elements=["platform", "message_id"])
    )


# Built once per dialect: this statement runs for every message.
_FIRST_TIME = {"postgresql": _first_time(pg_insert), "sqlite": _first_time(sqlite_insert)}


class SqlInbox:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def first_time(self, platform: str, message_id: str, at: datetime) -> bool:
        statement = _FIRST_TIME[self._session.bind.dialect.name]
        result = await self._session.execute(statement, {"platform": platform, "message_id": message_id, "seen_at": at})
        return bool(result.rowcount)  # type: ignore[attr-defined]


def reply_to_json(reply: Reply) -> dict[str, object]:
    return asdict(reply)


def reply_from_json(data: dict[str, object]) -> Reply:
    raw = dict(data)
    raw["choices"] = tuple(Choice(**c) for c in raw.get("choices", ()))  # type: ignore[arg-type, union-attr]
    raw["visibility"] = Visibility(raw.get("visibility", "public"))
    raw["attachment"] = Attachment(**raw["attachment"]) if raw.get("attachment") else None  # type: ignore[arg-type]
    raw["mentions"] = tuple(tuple(m) for m in raw.get("mentions", ()))  # type: ignore[union-attr]
    raw["card"] = CardRef(**raw["card"]) if raw.get("card") else None  # type: ignore[arg-type]
    return Reply(**raw)  # type: ignore[arg-type]


class SqlHeldMessages:
    def __init__(self, session: AsyncSession, loaded: Loaded) -> None:
        self._session = session
        self._loaded = loaded

    async def hold(self, token: str, platform: str, platform_user_id: str, replies: list[Reply], at: datetime) -> None:
        self._loaded.nothing_held.discard((platform, platform_user_id))
        for index, reply in enumerate(replies):
            await self._session.execute(
                held_messages.insert().values(
                    token=token if index == 0 else f"{token}.{index}", platform=platform,
                    platform_user_id=platform_user_id, reply=reply_to_json(reply), created_at=at,
                )
            )

    async def release(self, platform: str, platform_user_id: str) -> list[Reply]:
        if (platform, platform_user_id) in self._loaded.nothing_held:
            return []  # known from reading their row in this unit of work
        where = (held_messages.c.platform == platform, held_messages.c.platform_user_id == platform_user_id)
        rows = (await self._session.execute(select(held_messages.c.reply).where(*where).order_by(held_messages.c.id))).all()
        if rows:
            await self._session.execute(delete(held_messages).where(*where))
        return [reply_from_json(row[0]) for row in rows]
