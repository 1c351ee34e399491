"""Double progression (coaching.md §3): what to lift next time, from what was lifted last time."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.model import Level, Profile
from core.training.catalogue import Exercise
from core.training.kinds import Reason
from core.training.loads import is_weighted, lighter, round_to_loadable, smallest_loadable, step_up
from core.training.plan import LoadKind, PastLift, TrainingHistory

LAYOFF_DAYS = 14
LADDER_TOP_KEY = "pull_up"


@dataclass(frozen=True)
class Prescription:
    load_kg: float | None  # None: no weight to set (bodyweight, band) or not known yet
    target_reps: int | None  # None: as many clean reps as possible
    sets_delta: int  # added to the template's working sets (-1 after a bad next-morning check-in)
    reason: Reason
    move_to: str | None = None  # the pull-up ladder moves the lifter to another exercise


def occurrences(history: TrainingHistory, key: str) -> list[PastLift]:
    """Every past performance of `key` with working sets, newest first."""
    found: list[PastLift] = []
    for session in reversed(history.sessions):
        found.extend(
            lift for lift in session.lifts if lift.key == key and any(not s.warmup for s in lift.sets)
        )
    return found


def working_reps(lift: PastLift) -> list[int]:
    """Reps of each working set; for one-arm lifts the weaker side counts, since both use one load."""
    return [
        min(s.reps, s.reps_right) if s.reps_right is not None else s.reps for s in lift.sets if not s.warmup
    ]


def working_seconds(lift: PastLift) -> list[int]:
    """Seconds of each working set of a timed lift (sets logged before seconds had a column kept them in reps)."""
    return [s.seconds if s.seconds is not None else s.reps for s in lift.sets if not s.warmup]


def working_load(lift: PastLift) -> float | None:
    loads = [s.load_kg for s in lift.sets if not s.warmup and s.load_kg is not None]
    return max(loads) if loads else None


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


def _hold_reason(profile: Profile, lift: PastLift, reduce: bool) -> Reason | None:
    if profile.progression_paused:
        return Reason.HOLD_PAUSED
    if lift.pain_max is not None and lift.pain_max > 3:
        return Reason.HOLD_PAIN
    if reduce:
        return Reason.HOLD_REDUCED
    return None


def _below_range(lift: PastLift, exercise: Exercise) -> int:
    return sum(1 for r in working_reps(lift) if r < exercise.rep_low)


def prescribe(
    exercise: Exercise, history: TrainingHistory, profile: Profile, today: date, *, gentle: bool = False
) -> Prescription:
    """The next load, rep target and set change for one lift; pure and deterministic."""
    reduce = bool(history.sessions) and history.sessions[-1].reduce_next
    delta = -1 if reduce else 0

    def amrap_or(target: int) -> int | None:
        return None if exercise.amrap else target

    past = occurrences(history, exercise.key)
    if not past:
        return Prescription(None, amrap_or(first_target(exercise)), delta, Reason.FIRST_TIME)
    last = past[0]
    reps = working_seconds(last) if exercise.load_kind is LoadKind.TIME else working_reps(last)
    load = working_load(last)
    units = profile.units
    weighted = load is not None and load > 0 and is_weighted(exercise)
    low, high = exercise.rep_low, exercise.rep_high

    if gentle or profile.gentle_mode:
        new_load = lighter(load, exercise, units, 0.8) if weighted and load is not None else load
        return Prescription(new_load, amrap_or(_clamp(low + 2, low, high)), delta, Reason.GENTLE)
    if (today - history.sessions[-1].day).days > LAYOFF_DAYS:
        new_load = lighter(load, exercise, units, 0.9) if weighted and load is not None else load
        return Prescription(new_load, amrap_or(low), delta, Reason.LAYOFF_RESTART)

    hold = _hold_reason(profile, last, reduce)
    all_top = bool(reps) and all(r >= high for r in reps)
    two_low_running = len(past) > 1 and _below_range(last, exercise) >= 2 and _below_range(past[1], exercise) >= 2

    if exercise.load_kind is LoadKind.TIME:
        return _timed(exercise, profile, past, load, weighted, hold, delta)
    if all_top and hold is not None:
        return Prescription(load, amrap_or(high), delta, hold)
    if exercise.amrap:
        return _pull_up_ladder(exercise, profile, load, weighted, all_top, two_low_running, delta)
    if all_top:
        if weighted and load is not None:
            return Prescription(step_up(load, exercise, units), low, delta, Reason.ADD_STEP)
        if exercise.load_kind in (LoadKind.BAND, LoadKind.ASSISTED):
            return Prescription(load, low, delta, Reason.HARDER_BAND)
        return Prescription(load, low, delta, Reason.HARDER_VARIANT)
    if _below_range(last, exercise) >= 2:
        if two_low_running and weighted and load is not None:
            return Prescription(lighter(load, exercise, units), low, delta, Reason.DROP)
        return Prescription(load, low, delta, Reason.HOLD_REDUCED if reduce else Reason.KEEP_LOW)
    target = _clamp(min(reps) + 1, low, high)
    return Prescription(load, target, delta, Reason.HOLD_REDUCED if reduce else Reason.ONE_MORE_REP)


def _pull_up_ladder(
    exercise: Exercise,
    profile: Profile,
    load: float | None,
    weighted: bool,
    all_top: bool,
    two_low_running: bool,
    delta: int,
) -> Prescription:
    """Band or assisted -> bodyweight -> weighted (experienced only), moving on at 12 clean reps on every set."""
    if all_top:
        if exercise.key != LADDER_TOP_KEY:
            return Prescription(None, None, delta, Reason.LADDER_UP, move_to=LADDER_TOP_KEY)
        if profile.level is not Level.EXPERIENCED:
            return Prescription(load, None, delta, Reason.LADDER_TOP)
        added = step_up(load or 0.0, exercise, profile.units)
        return Prescription(added, None, delta, Reason.ADD_STEP if weighted else Reason.LADDER_WEIGHTED)
    if two_low_running and weighted and load is not None:
        return Prescription(lighter(load, exercise, profile.units), None, delta, Reason.DROP)
    return Prescription(load, None, delta, Reason.HOLD_REDUCED if delta else Reason.AS_MANY_CLEAN)


TIME_STEP = 5  # seconds added per session until the top time


def _timed(
    exercise: Exercise, profile: Profile, past: list[PastLift], load: float | None, weighted: bool,
    hold: Reason | None, delta: int,
) -> Prescription:
    """Carries and holds progress by time, then load: up to the top time, then one step heavier and back down."""
    low, high = exercise.rep_low, exercise.rep_high
    seconds = working_seconds(past[0])
    shortest = min(seconds) if seconds else low
    if hold is not None:
        return Prescription(load, _clamp(shortest, low, high), delta, hold)
    if all(s >= high for s in seconds):
        if weighted and load is not None:
            return Prescription(step_up(load, exercise, profile.units), low, delta, Reason.HEAVIER_SHORTER)
        return Prescription(load, high, delta, Reason.HOLD_LONGER)
    short = sum(1 for s in seconds if s < low)
    if short >= 2:
        earlier_short = len(past) > 1 and sum(1 for s in working_seconds(past[1]) if s < low) >= 2
        if earlier_short and weighted and load is not None:
            return Prescription(lighter(load, exercise, profile.units), low, delta, Reason.DROP)
        return Prescription(load, low, delta, Reason.KEEP_LOW)
    target = (shortest + TIME_STEP) // TIME_STEP * TIME_STEP
    return Prescription(load, _clamp(target, low, high), delta, Reason.LONGER)


def first_target(exercise: Exercise) -> int:
    """With no history, aim for the middle of the range: a careful first load should get there."""
    if exercise.load_kind is LoadKind.TIME:
        return exercise.rep_low
    return _clamp(exercise.rep_low + 2, exercise.rep_low, exercise.rep_high)


# Careful starting loads for an experienced lifter, in kg; newer lifters start well below.
_EXPERIENCED_START_KG: dict[str, float] = {
    "one_arm_db_row": 20, "chest_supported_db_row": 14, "db_rdl": 20, "renegade_row": 10,
    "elevated_plank_row": 10, "farmers_carry": 20, "barbell_row": 40, "seal_row": 30,
    "trap_bar_deadlift": 60, "block_deadlift": 60, "lat_pulldown": 40, "cable_row": 40,
}
_LEVEL_SHARE = {Level.NEW: 0.5, Level.RETURNING: 0.7, Level.EXPERIENCED: 1.0}
_GENTLE_SHARE = 0.6


def suggest_first_load(exercise: Exercise, profile: Profile) -> float | None:
    """A conservative first load to offer (never shown as history); None when the lift takes no weight."""
    base = _EXPERIENCED_START_KG.get(exercise.key)
    if base is None or not is_weighted(exercise):
        return None
    share = _LEVEL_SHARE[profile.level] * (_GENTLE_SHARE if profile.gentle_mode else 1.0)
    kg = round_to_loadable(base * share, exercise, profile.units)
    return max(kg, smallest_loadable(exercise, profile.units))
