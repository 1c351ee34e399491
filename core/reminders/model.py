"""The stored shape of schedules and outbox rows, and how late each kind may still be sent."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum


class Kind(StrEnum):
    TRAINING = "training"  # the training-day reminder (private)
    NUDGE = "nudge"  # late in a week without enough sessions yet
    CHECKIN = "checkin"  # next-morning pain check-in
    SUMMARY = "summary"  # the private weekly summary
    GROUP_TRAINING = "group_training"  # the group's back day, mentioning opted-in members
    GROUP_BOARD = "group_board"  # the group's weekly board
    REST = "rest"  # the rest between sets is over: the next set, named (private, one per logged set)


class Status(StrEnum):
    PENDING = "pending"
    SENDING = "sending"  # claimed by a postman; reclaimed when its lease runs out
    SENT = "sent"
    SKIPPED = "skipped"  # too late, not needed any more, or paused
    UNREACHABLE = "unreachable"
    FAILED = "failed"  # gave up after repeated transient failures (logged)


# Past these, a reminder is no longer useful and is skipped rather than replayed after downtime.
LATENESS: dict[Kind, timedelta] = {
    Kind.TRAINING: timedelta(hours=2),
    Kind.NUDGE: timedelta(hours=3),
    Kind.CHECKIN: timedelta(hours=4),  # a morning question is pointless by the evening
    Kind.SUMMARY: timedelta(hours=12),
    Kind.GROUP_TRAINING: timedelta(hours=2),
    Kind.GROUP_BOARD: timedelta(hours=12),
    Kind.REST: timedelta(minutes=15),  # after that the lifter has moved on, or left
}

# The fixed rhythm of the kinds that follow a private or group schedule (weekday 0 = Monday).
NUDGE_AT = ((4,), time(18, 0))  # Friday evening
SUMMARY_AT = ((6,), time(19, 0))  # Sunday evening
BOARD_AT = ((6,), time(19, 0))
CHECKIN_WINDOW = (time(7, 0), time(11, 0))  # local morning hours a check-in may be sent in


def user_owner(user_id: int) -> str:
    return f"user:{user_id}"


def group_owner(platform: str, chat_id: str) -> str:
    return f"group:{platform}:{chat_id}"


@dataclass(frozen=True)
class Schedule:
    """One recurring reminder of one owner: the weekdays and local time, and the next time in UTC."""

    id: int | None
    owner: str
    kind: Kind
    platform: str
    chat_id: str
    weekdays: tuple[int, ...]
    at: time
    timezone: str
    next_at: datetime  # UTC; while `fresh`, the moment it was set (the postman computes the real one)
    user_id: int | None = None
    skip_until: date | None = None  # "skip this week": occurrences up to this local date are dropped
    fresh: bool = False


@dataclass(frozen=True)
class Delivery:
    """One outbox row: a reminder that is due, with a unique (owner, kind, local date) key."""

    id: int | None
    owner: str
    kind: Kind
    platform: str
    chat_id: str
    due_at: datetime
    dedupe_key: str
    user_id: int | None = None
    status: Status = Status.PENDING
    attempts: int = 0
    workout_id: int | None = None


@dataclass(frozen=True)
class Member:
    """A group member who said /remindme on or off."""

    platform: str
    chat_id: str
    platform_user_id: str
    display_name: str
    user_id: int
    opted_in: bool


@dataclass(frozen=True)
class Pause:
    user_id: int
    start: date
    end: date  # inclusive


def dedupe_key(owner: str, kind: Kind, local_day: date, suffix: str = "") -> str:
    return f"{owner}|{kind.value}|{local_day.isoformat()}{'|' + suffix if suffix else ''}"
