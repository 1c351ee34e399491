"""How long to rest after a working set: per lift by default, one time for all, or off.

The defaults follow common strength practice: heavy compound work needs 2-3 minutes to recover
for the next set's quality (the vertical pull done for as many clean reps as possible, loaded
hinges), moderate-rep rows about 90 s, light finishers and bodyweight hinges about a minute.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from core.model import Profile
from core.text import sets as say
from core.training.plan import LoadKind, PlannedLift, Slot

MIN_REST = 15
MAX_REST = 600
HEAVY_HINGE_REST = 180  # a loaded barbell or trap-bar deadlift
LIGHT_HINGE_REST = 60  # bridges, light hinges, floor back extensions: no load to recover from
DEFAULT_REST: dict[Slot, int] = {
    Slot.VERTICAL_PULL: 150,
    Slot.HINGE: 150,
    Slot.ROW_1: 90,
    Slot.ROW_2: 90,
    Slot.CORE_ROW: 60,
    Slot.GRIP: 60,
    Slot.MACHINE: 60,
}


def default_rest(lift: PlannedLift) -> int:
    if lift.slot is Slot.HINGE:
        if lift.load_kind is LoadKind.BARBELL_TOTAL:
            return HEAVY_HINGE_REST
        if lift.load_kind is LoadKind.BODYWEIGHT:
            return LIGHT_HINGE_REST
    if lift.finisher:
        return DEFAULT_REST[Slot.GRIP]
    return DEFAULT_REST[lift.slot]


def rest_after(lift: PlannedLift, profile: Profile) -> int | None:
    """Seconds of rest after a working set of `lift`; None when the lifter turned the timer off."""
    if profile.rest_seconds == 0:
        return None
    if profile.rest_seconds is not None:
        return profile.rest_seconds
    return default_rest(lift)


def seconds_left(rest_until: datetime | None, now: datetime) -> int | None:
    """Whole seconds of rest still to go (rounded up), or None when no rest is running."""
    if rest_until is None or rest_until <= now:
        return None
    left = (rest_until - now).total_seconds()
    return int(left) + (0 if left == int(left) else 1)


def rest_line(rest_until: datetime | None, now: datetime, timezone: str) -> str | None:
    """The card's rest line, right whenever it is read: "Rest until 12:02:30 (1:30 left when this was shown)".

    A card is edited on events, not every second, so it names the end time in the lifter's zone.
    """
    left = seconds_left(rest_until, now)
    if left is None or rest_until is None:
        return None
    at = rest_until.astimezone(ZoneInfo(timezone)).strftime("%H:%M:%S")
    return say.REST_CARD_LINE.format(at=at, left=time_text(left))


def time_text(seconds: int, up_to: int | None = None) -> str:
    """45 s, 1:30 min, or a span such as 2:30–3:00 min."""
    if seconds < 60 and up_to is None:
        return say.SECONDS.format(seconds=seconds)
    clock = f"{seconds // 60}:{seconds % 60:02d}"
    if up_to is not None:
        clock += f"–{up_to // 60}:{up_to % 60:02d}"
    return say.REST_MINUTES.format(clock=clock)
