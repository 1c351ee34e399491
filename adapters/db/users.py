"""Users, their platform identities and their open conversation."""
from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import bindparam, exists, select, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from adapters.db.loaded import Loaded
from adapters.db.tables import held_messages, identities, users
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


_HAS_HELD = exists().where(
    held_messages.c.platform == identities.c.platform, held_messages.c.platform_user_id == identities.c.platform_user_id
)

# Built once: the profile, the open conversation and whether private messages wait, in one statement.
_BY_IDENTITY = (
    select(users, _HAS_HELD.label("has_held"))
    .join(identities, identities.c.user_id == users.c.id)
    .where(identities.c.platform == bindparam("platform"), identities.c.platform_user_id == bindparam("account"))
    .with_for_update(of=users)  # PostgreSQL: one message per person at a time across workers
)


# The SET clause comes from the parameters' names: one statement for every save, built once.
_SAVE_USER = update(users).where(users.c.id == bindparam("key"))


# The question revision rides in the conversation's JSON, so it needs no column of its own.
_REVISION = "_rev"


def _conversation(row: RowMapping) -> Conversation:
    data = dict(row["conv_data"] or {})
    revision = int(data.pop(_REVISION, 0) or 0)
    return Conversation(
        row["id"], Step(row["conv_step"]), data, row["conv_platform"], row["conv_chat_id"], row["conv_chat_kind"], revision
    )


class SqlUsers:
    def __init__(self, session: AsyncSession, loaded: Loaded) -> None:
        self._session = session
        self._loaded = loaded

    async def by_identity(self, platform: str, platform_user_id: str) -> Profile | None:
        result = await self._session.execute(_BY_IDENTITY, {"platform": platform, "account": platform_user_id})
        row = result.mappings().first()
        if row is None:
            return None
        self._loaded.remember_conversation(_conversation(row))
        if not row["has_held"]:
            self._loaded.nothing_held.add((platform, platform_user_id))
        return _profile(row)

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
        await self._session.execute(_SAVE_USER, {"key": profile.user_id, **_values(profile)})

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
    def __init__(self, session: AsyncSession, loaded: Loaded) -> None:
        self._session = session
        self._loaded = loaded

    async def get(self, user_id: int) -> Conversation:
        known = self._loaded.conversations.get(user_id)
        if known is not None:
            return copy.deepcopy(known)
        query = select(
            users.c.id, users.c.conv_step, users.c.conv_data, users.c.conv_platform, users.c.conv_chat_id, users.c.conv_chat_kind
        ).where(users.c.id == user_id)
        row = (await self._session.execute(query)).mappings().first()
        if row is None:
            return Conversation(user_id)
        conversation = _conversation(row)
        self._loaded.remember_conversation(conversation)
        return conversation

    async def save(self, conversation: Conversation) -> None:
        if self._loaded.conversation_unchanged(conversation):
            return  # a prompt repeated at the same step: nothing to write
        self._loaded.remember_conversation(conversation)
        values = {
            "key": conversation.user_id,
            "conv_step": conversation.step.value,
            "conv_data": dict(conversation.data) | {_REVISION: conversation.revision},
            "conv_platform": conversation.platform,
            "conv_chat_id": conversation.chat_id,
            "conv_chat_kind": conversation.chat_kind,
        }
        await self._session.execute(_SAVE_USER, values)
