"""The lifter's profile and the vocabulary shared by every part of the coach."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class Level(StrEnum):
    NEW = "new"
    RETURNING = "returning"
    EXPERIENCED = "experienced"


class Equipment(StrEnum):
    DUMBBELLS = "dumbbells"
    BARBELL = "barbell"
    TRAP_BAR = "trap_bar"
    PULLUP_BAR = "pullup_bar"
    BENCH = "bench"
    CABLE = "cable"  # cable or machines
    BANDS = "bands"


class BackStatus(StrEnum):
    NO_PAIN = "no_pain"
    OCCASIONAL = "occasional"
    ONGOING = "ongoing"


class Units(StrEnum):
    KG = "kg"
    LB = "lb"


KG_PER_LB = 0.45359237


def to_kg(value: float, units: Units) -> float:
    return value if units is Units.KG else value * KG_PER_LB


def from_kg(value_kg: float, units: Units) -> float:
    return value_kg if units is Units.KG else value_kg / KG_PER_LB


class Screen(StrEnum):
    """The onboarding health screen (coaching.md §5): each 'yes' shows advice and starts gentle mode."""

    LEG_SYMPTOMS = "leg_symptoms"
    RECENT_SURGERY = "recent_surgery"
    OSTEOPOROSIS_STEROIDS = "osteoporosis_steroids"
    DOCTOR_SAID_NO = "doctor_said_no"
    CHEST_PAIN_FAINTING = "chest_pain_fainting"


@dataclass(frozen=True)
class Profile:
    """What the coach knows about one lifter; stored as one row."""

    user_id: int
    display_name: str
    level: Level = Level.NEW
    equipment: frozenset[Equipment] = frozenset()
    back_status: BackStatus = BackStatus.NO_PAIN
    units: Units = Units.KG
    timezone: str = "UTC"
    weekly_goal: int = 1
    screen_yes: frozenset[Screen] = frozenset()
    onboarded: bool = False
    gentle_mode: bool = False  # lighter loads, fewer sets, bridge or light hinge for the hinge slot
    progression_paused: bool = False  # a provider-tier sign: no load increases until /cleared
    training_paused: bool = False  # emergency or urgent sign: no training suggestions until /cleared
    pause_reason: str = ""  # the safety tier that paused things, "" when none
    lift_choices: tuple[tuple[str, str], ...] = ()  # (slot, exercise key) the lifter picked with /swap
    block_started: date | None = None  # first day of the current six-week block
    rest_seconds: int | None = None  # rest between sets: None per lift (core.training.rest), 0 off
    created_at: datetime | None = None

    def choice_for(self, slot: str) -> str | None:
        return dict(self.lift_choices).get(slot)
