"""The stored shape of a session and its sets."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from core.training.plan import PlannedLift, SessionPlan


class Status(StrEnum):
    ACTIVE = "active"
    DONE = "done"
    PARTIAL = "partial"  # stopped early by the lifter; what was logged is kept
    STOPPED_FOR_SAFETY = "stopped_for_safety"
    REST = "rest"  # pain said no training today


class Phase(StrEnum):
    RAMP = "ramp"
    WORK = "work"


@dataclass(frozen=True)
class Workout:
    id: int | None
    user_id: int
    platform: str
    chat_id: str
    chat_kind: str
    day: date  # the lifter's local date
    started_at: datetime
    plan: SessionPlan
    status: Status = Status.ACTIVE
    lift_index: int = 0
    set_index: int = 0
    phase: Phase = Phase.RAMP
    ended_at: datetime | None = None
    pain_before: int | None = None
    pain_after: int | None = None
    checkin_due_at: datetime | None = None  # UTC; set when pain after the session was 3 or more
    checkin_pain: int | None = None
    reduce_next: bool = False
    rest_until: datetime | None = None  # UTC; the rest after the last working set ends then (None: no rest running)

    @property
    def lift(self) -> PlannedLift | None:
        lifts = self.plan.lifts
        return lifts[self.lift_index] if self.lift_index < len(lifts) else None

    def with_lift(self, lift: PlannedLift) -> Workout:
        lifts = list(self.plan.lifts)
        lifts[self.lift_index] = lift
        return replace(self, plan=replace(self.plan, lifts=tuple(lifts)))


@dataclass(frozen=True)
class LoggedSet:
    id: int | None
    workout_id: int
    user_id: int
    lift_key: str
    slot: str
    set_number: int  # 1-based among this lift's sets of the same kind (ramp or working)
    warmup: bool
    reps: int
    reps_right: int | None
    load_kg: float | None
    failed: bool
    logged_at: datetime
    seconds: int | None = None  # timed sets (carries, holds): the time, and `reps` is 0


@dataclass(frozen=True)
class PainReport:
    user_id: int
    value: int
    moment: str  # before, lift, after, morning, any
    at: datetime
    workout_id: int | None = None
    lift_key: str | None = None


@dataclass(frozen=True)
class SafetyEvent:
    user_id: int
    tier: str
    triggers: tuple[str, ...]
    at: datetime
    workout_id: int | None = None
    platform: str = ""
    chat_kind: str = "private"
