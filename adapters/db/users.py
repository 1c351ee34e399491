"""Users, their platform identities and their open conversation."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from adapters.db.tables import identities, users
from core.conversation import Conversation, Step
from core.model import BackStatus, Equipment, Level, Profile, Screen, Units


def _profile(row: RowMapping) -> Profile:
    return Profile(
        user_id=row["id"],
        display_name=row["display_name"],
        level=Level(row["level"]),
        equipment=frozenset(Equipment(e) for e in row["equipment"].split(",") if e),
        back_status=BackStatus(row["back_status"]),
        units=Units(row["units"]),
        timezone=row["timezone"],
        weekly_goal=row["weekly_goal"],
        screen_yes=frozenset(Screen(s) for s in row["screen_yes"].split(",") if s),
        onboarded=row["onboarded"],
        gentle_mode=row["gentle_mode"],
        progression_paused=row["progression_paused"],
        training_paused=row["training_paused"],
        pause_reason=row["pause_reason"],
        lift_choices=tuple((slot, key) for slot, key in row["lift_choices"]),
        block_started=row["block_started"] if isinstance(row["block_started"], date) or row["block_started"] is None else date.fromisoformat(row["block_started"]),
        created_at=row["created_at"],
    )


def _values(profile: Profile) -> dict[str, Any]:
    return {
        "display_name": profile.display_name[:200],
        "level": profile.level.value,
        "equipment": ",".join(sorted(e.value for e in profile.equipment)),
        "back_status": profile.back_status.value,
        "units": profile.units.value,
        "timezone": profile.timezone,
        "weekly_goal": profile.weekly_goal,
        "screen_yes": ",".join(sorted(s.value for s in profile.screen_yes)),
        "onboarded": profile.onboarded,
        "gentle_mode": profile.gentle_mode,
        "progression_paused": profile.progression_paused,
        "training_paused": profile.training_paused,
        "pause_reason": profile.pause_reason,
        "lift_choices": [list(pair) for pair in profile.lift_choices],
        "block_started": profile.block_started,
        "created_at": profile.created_at,
    }


class SqlUsers:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def by_identity(self, platform: str, platform_user_id: str) -> Profile | None:
        query = (
            select(users)
            .join(identities, identities.c.user_id == users.c.id)
            .where(identities.c.platform == platform, identities.c.platform_user_id == platform_user_id)
            .with_for_update(of=users)  # PostgreSQL: one message per person at a time across workers
        )
        row = (await self._session.execute(query)).mappings().first()
        return _profile(row) if row else None

    async def create(self, platform: str, platform_user_id: str, profile: Profile) -> Profile:
        values = _values(profile) | {"conv_step": Step.IDLE.value, "conv_data": {}}
        user_id = (await self._session.execute(users.insert().values(**values).returning(users.c.id))).scalar_one()
        await self._session.execute(
            identities.insert().values(platform=platform, platform_user_id=platform_user_id, user_id=user_id, unreachable=False)
        )
        return replace(profile, user_id=user_id)

    async def get(self, user_id: int) -> Profile | None:
        row = (await self._session.execute(select(users).where(users.c.id == user_id))).mappings().first()
        return _profile(row) if row else None

    async def save(self, profile: Profile) -> None:
        await self._session.execute(update(users).where(users.c.id == profile.user_id).values(**_values(profile)))

    async def identities(self, user_id: int) -> list[tuple[str, str]]:
        query = select(identities.c.platform, identities.c.platform_user_id).where(identities.c.user_id == user_id)
        return [(p, u) for p, u in (await self._session.execute(query)).all()]

    async def mark_unreachable(self, platform: str, platform_user_id: str, unreachable: bool) -> None:
        await self._session.execute(
            update(identities)
            .where(identities.c.platform == platform, identities.c.platform_user_id == platform_user_id)
            .values(unreachable=unreachable)
        )


class SqlConversations:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, user_id: int) -> Conversation:
        query = select(
            users.c.conv_step, users.c.conv_data, users.c.conv_platform, users.c.conv_chat_id, users.c.conv_chat_kind
        ).where(users.c.id == user_id)
        row = (await self._session.execute(query)).first()
        if row is None:
            return Conversation(user_id)
        return Conversation(user_id, Step(row[0]), dict(row[1] or {}), row[2], row[3], row[4])

    async def save(self, conversation: Conversation) -> None:
        await self._session.execute(
            update(users)
            .where(users.c.id == conversation.user_id)
            .values(
                conv_step=conversation.step.value,
                conv_data=dict(conversation.data),
                conv_platform=conversation.platform,
                conv_chat_id=conversation.chat_id,
                conv_chat_kind=conversation.chat_kind,
            )
        )
