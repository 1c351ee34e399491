"""Ports: what the coach needs from the outside world, as Protocols the adapters implement."""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from core.conversation import Conversation
from core.messages import Outgoing, Reply
from core.model import Profile
from core.progress.accounts_port import Accounts
from core.workout.model import LoggedSet, PainReport, SafetyEvent, Workout

if TYPE_CHECKING:
    from core.reminders.ports import Reminders


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, aware, in UTC."""
        ...


class Messenger(Protocol):
    """Pushes a message nobody asked for right now (reminders, check-ins, boards).

    Raises RecipientUnreachable (blocked / closed DMs), RateLimited (wait and retry)
    or DeliveryFailed (transient). Returns the platform's message id when it has one.
    """

    async def send(self, message: Outgoing) -> str | None: ...


class CardMessages(Protocol):
    """Where each living card is shown: (platform, chat, card key) -> the platform message and its revision.

    Used by adapters (never by the core's flows): bot/wiring builds it over the database and passes it in,
    so edits continue after a restart. Each call is its own short transaction.
    """

    async def find(self, platform: str, chat_id: str, key: str) -> tuple[str, int] | None:
        """(platform message id, revision shown), or None when the card was never shown in this chat."""
        ...

    async def remember(self, platform: str, chat_id: str, key: str, message_id: str, revision: int) -> None:
        """Record that `key` is now shown as `message_id` at `revision` (insert or replace)."""
        ...


class Users(Protocol):
    async def by_identity(self, platform: str, platform_user_id: str) -> Profile | None:
        """The profile behind a platform account, locked for this unit of work (one message at a time)."""
        ...

    async def create(self, platform: str, platform_user_id: str, profile: Profile) -> Profile:
        """Store a new profile and its first identity; returns it with its user_id."""
        ...

    async def get(self, user_id: int) -> Profile | None: ...

    async def save(self, profile: Profile) -> None: ...

    async def identities(self, user_id: int) -> list[tuple[str, str]]:
        """(platform, platform user id) pairs of this user."""
        ...

    async def mark_unreachable(self, platform: str, platform_user_id: str, unreachable: bool) -> None: ...


class Conversations(Protocol):
    async def get(self, user_id: int) -> Conversation: ...

    async def save(self, conversation: Conversation) -> None: ...


class Workouts(Protocol):
    async def active(self, user_id: int) -> Workout | None: ...

    async def add(self, workout: Workout) -> Workout:
        """Store a new session; returns it with its id."""
        ...

    async def save(self, workout: Workout) -> None: ...

    async def get(self, workout_id: int) -> Workout | None: ...

    async def add_set(self, logged: LoggedSet) -> LoggedSet: ...

    async def remove_set(self, set_id: int) -> None: ...

    async def sets(self, workout_id: int) -> list[LoggedSet]: ...

    async def finished(self, user_id: int, limit: int | None = None, before: int | None = None) -> list[Workout]:
        """Ended sessions (done, partial, stopped), newest first; `before` pages by id."""
        ...

    async def sets_of(self, workout_ids: list[int]) -> list[LoggedSet]: ...

    async def lift_sets(self, user_id: int, lift_key: str) -> list[LoggedSet]:
        """Every working set this user logged on one lift, oldest first (for "last time" and bests)."""
        ...

    async def checkin_due(self, user_id: int) -> Workout | None:
        """The latest session whose next-morning check-in is still unanswered."""
        ...


class PainReports(Protocol):
    async def add(self, report: PainReport) -> None: ...

    async def of_user(self, user_id: int) -> list[PainReport]: ...

    async def of_workouts(self, workout_ids: list[int]) -> list[PainReport]: ...


class SafetyEvents(Protocol):
    async def add(self, event: SafetyEvent) -> None: ...

    async def of_user(self, user_id: int) -> list[SafetyEvent]: ...


class Inbox(Protocol):
    async def first_time(self, platform: str, message_id: str, at: datetime) -> bool:
        """Record a platform message id; False when it was handled before (a redelivery)."""
        ...


class HeldMessages(Protocol):
    async def hold(self, token: str, platform: str, platform_user_id: str, replies: list[Reply], at: datetime) -> None: ...

    async def release(self, platform: str, platform_user_id: str) -> list[Reply]:
        """Every held reply for this account, removed from storage."""
        ...


class UnitOfWork(Protocol):
    """One message, one transaction: everything it changes is committed together, or nothing."""

    users: Users
    conversations: Conversations
    workouts: Workouts
    pain: PainReports
    safety: SafetyEvents
    inbox: Inbox
    held: HeldMessages
    reminders: Reminders
    accounts: Accounts  # link codes, merging, deletion (core.progress)

    async def __aenter__(self) -> UnitOfWork: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def commit(self) -> None: ...

    async def rollback(self) -> None: ...


class UnitOfWorkFactory(Protocol):
    def __call__(self) -> UnitOfWork: ...
