"""What the reminders need from storage and from cron maths (core cannot import APScheduler)."""
from __future__ import annotations

from datetime import date, datetime, time
from typing import Protocol

from core.reminders.model import Delivery, Kind, Member, Pause, Schedule, Status


class NextOccurrence(Protocol):
    def __call__(self, weekdays: tuple[int, ...], at: time, timezone: str, after: datetime) -> datetime:
        """The first local `at` on one of `weekdays` strictly after `after`, in UTC (DST-aware)."""
        ...


class Reminders(Protocol):
    async def schedules_of(self, owner: str) -> list[Schedule]: ...

    async def save_schedule(self, schedule: Schedule) -> None:
        """Insert or replace the schedule of this (owner, kind)."""
        ...

    async def delete_schedules(self, owner: str) -> None: ...

    async def due_schedules(self, now: datetime, limit: int) -> list[Schedule]:
        """Schedules whose next occurrence has come, locked for this unit of work (skipping locked ones)."""
        ...

    async def advance(self, schedule_id: int, next_at: datetime) -> None: ...

    async def enqueue(self, delivery: Delivery) -> bool:
        """Add an outbox row; False when its dedupe key is already there."""
        ...

    async def checkins_due(self, now: datetime, since: datetime) -> list[tuple[int, int, datetime]]:
        """(user id, workout id, due at) of unanswered check-ins due between `since` and `now`."""
        ...

    async def claim(self, now: datetime, lease_until: datetime, worker: str, limit: int) -> list[Delivery]:
        """Take due pending rows (and rows whose lease ran out) for this worker; committed by the caller."""
        ...

    async def finish(self, delivery_id: int, status: Status, at: datetime, note: str = "") -> None: ...

    async def retry_at(self, delivery_id: int, at: datetime, attempts: int) -> None: ...

    async def cancel(self, owner: str, kind: Kind, at: datetime) -> int:
        """Mark this owner's pending rows of `kind` skipped (e.g. a rest push once the next set is logged); returns how many."""
        ...

    async def members(self, platform: str, chat_id: str) -> list[Member]: ...

    async def set_member(self, member: Member) -> None: ...

    async def pauses(self, user_id: int) -> list[Pause]: ...

    async def set_pause(self, pause: Pause) -> None:
        """Start a pause, replacing any pause that is still running on its start day."""
        ...

    async def end_pause(self, user_id: int, last_day: date) -> bool:
        """Cut a running pause short so it ends on `last_day`; False when there was none."""
        ...

    async def private_chat(self, user_id: int) -> tuple[str, str] | None:
        """(platform, chat id) where this user's private reminders go, if they set any."""
        ...


__all__ = ["NextOccurrence", "Reminders", "Kind"]
