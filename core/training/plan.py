"""What a generated session is, and the history the generator reads."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Slot(StrEnum):
    VERTICAL_PULL = "vertical_pull"
    ROW_1 = "row_1"
    ROW_2 = "row_2"
    HINGE = "hinge"
    CORE_ROW = "core_row"
    GRIP = "grip"
    MACHINE = "machine"


class LoadKind(StrEnum):
    PER_DUMBBELL = "per_dumbbell"
    BARBELL_TOTAL = "barbell_total"
    BODYWEIGHT = "bodyweight"  # reps only; extra load (weighted pull-ups) is optional
    ASSISTED = "assisted"  # band or machine assistance
    BAND = "band"
    MACHINE_STACK = "machine_stack"
    TIME = "time"  # seconds (static hang, timed carry)


@dataclass(frozen=True)
class RampSet:
    """A warm-up set before a main lift; never counted as working volume."""

    reps: int
    load_kg: float | None  # None: an easier variant or bodyweight
    note: str = ""


@dataclass(frozen=True)
class PlannedLift:
    key: str  # catalogue key
    name: str
    slot: Slot
    sets: int
    rep_low: int
    rep_high: int
    target_reps: int | None  # None: as many clean reps as possible (pull-ups)
    load_kg: float | None  # None: bodyweight, or not known yet (see needs_first_load)
    one_arm: bool
    load_kind: LoadKind
    cue: str
    needs_first_load: bool = False  # no history: ask the lifter what they will use
    suggested_first_load_kg: float | None = None
    ramps: tuple[RampSet, ...] = ()
    finisher: bool = False
    progression_note: str = ""  # why the load/target is what it is (shown with "last time")


@dataclass(frozen=True)
class SessionPlan:
    day: date
    lifts: tuple[PlannedLift, ...]
    warmup: tuple[str, ...]
    cooldown: tuple[str, ...]
    gentle: bool = False
    notes: tuple[str, ...] = ()  # e.g. a block rotation offer, a restart after a layoff


@dataclass(frozen=True)
class PastSet:
    reps: int
    load_kg: float | None
    reps_right: int | None = None  # one-arm lifts: left in `reps`, right here
    warmup: bool = False
    failed: bool = False
    seconds: int | None = None  # timed sets (carries, holds): the time; `reps` is 0


@dataclass(frozen=True)
class PastLift:
    key: str
    sets: tuple[PastSet, ...]
    pain_max: int | None = None  # highest pain reported during or right after this lift


@dataclass(frozen=True)
class PastSession:
    day: date
    lifts: tuple[PastLift, ...]
    pain_before: int | None = None
    pain_after: int | None = None
    reduce_next: bool = False  # next-morning check-in said: fewer sets, no increases next time


@dataclass(frozen=True)
class TrainingHistory:
    """Completed or partial sessions, oldest first."""

    sessions: tuple[PastSession, ...] = field(default=())

    def last_of(self, key: str) -> tuple[date, PastLift] | None:
        for session in reversed(self.sessions):
            for lift in session.lifts:
                if lift.key == key and any(not s.warmup for s in lift.sets):
                    return session.day, lift
        return None
