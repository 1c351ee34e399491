"""Builds today's back session from the profile and the history (coaching.md §1-§3); pure and deterministic."""
from __future__ import annotations

from datetime import date, timedelta

from core.model import Level, Profile
from core.text import training as text
from core.training.catalogue import MAIN_SLOTS, Exercise, exercise
from core.training.loads import is_weighted
from core.training.kinds import Reason
from core.training.plan import LoadKind, PlannedLift, SessionPlan, Slot, TrainingHistory
from core.training.progression import LAYOFF_DAYS, Prescription, prescribe, suggest_first_load
from core.training.ramps import ramps_for
from core.training.selection import choose, latest_ladder_key

BLOCK_DAYS = 42  # six weeks with the same core lifts before variations rotate
FULL_SETS = 3
FINISHER_SETS = 2
GENTLE_MAX_SETS = 2
_GENTLE_SLOTS = (Slot.VERTICAL_PULL, Slot.ROW_1, Slot.HINGE)
_SLOTS_BY_LEVEL: dict[Level, tuple[Slot, ...]] = {
    Level.NEW: (Slot.VERTICAL_PULL, Slot.ROW_1, Slot.HINGE),
    Level.RETURNING: (Slot.VERTICAL_PULL, Slot.ROW_1, Slot.ROW_2, Slot.HINGE, Slot.GRIP),
    Level.EXPERIENCED: (
        Slot.VERTICAL_PULL, Slot.ROW_1, Slot.ROW_2, Slot.HINGE, Slot.CORE_ROW, Slot.GRIP, Slot.MACHINE,
    ),
}
# A new lifter climbs one rung per two consistent weeks: 1 -> 2 -> 3 sets, then a second row, then grip work.
_NEW_EXTRA_SLOTS: tuple[tuple[int, Slot], ...] = ((3, Slot.ROW_2), (4, Slot.GRIP))


def block_rotation_due(profile: Profile, today: date) -> bool:
    return profile.block_started is not None and (today - profile.block_started).days >= BLOCK_DAYS


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def new_lifter_stage(profile: Profile, history: TrainingHistory, today: date) -> int:
    """Rungs earned: one for every two weeks running (Monday-Sunday, before this week) that met the weekly goal.

    Session days are the lifter's local dates (the caller converts with `profile.timezone`), so a
    week here is already the lifter's own week.
    """
    days = [s.day for s in history.sessions if s.day < _week_start(today)]
    if not days:
        return 0
    goal = max(1, min(3, profile.weekly_goal))
    per_week: dict[date, int] = {}
    for day in days:
        per_week[_week_start(day)] = per_week.get(_week_start(day), 0) + 1
    stage = run = 0
    week = _week_start(min(days))
    while week < _week_start(today):
        run = run + 1 if per_week.get(week, 0) >= goal else 0
        if run == 2:
            stage, run = stage + 1, 0
        week += timedelta(days=7)
    return stage


def _slots(profile: Profile, stage: int, gentle: bool) -> tuple[Slot, ...]:
    if gentle:
        return _GENTLE_SLOTS
    slots = _SLOTS_BY_LEVEL[profile.level]
    if profile.level is Level.NEW:
        extra = {slot for rung, slot in _NEW_EXTRA_SLOTS if stage >= rung}
        order = (Slot.VERTICAL_PULL, Slot.ROW_1, Slot.ROW_2, Slot.HINGE, Slot.GRIP)
        slots = tuple(s for s in order if s in slots or s in extra)
    return slots


def _base_sets(profile: Profile, stage: int, gentle: bool) -> int:
    sets = min(1 + stage, FULL_SETS) if profile.level is Level.NEW else FULL_SETS
    return min(sets, GENTLE_MAX_SETS) if gentle else sets


def _prescription(
    chosen: Exercise, profile: Profile, history: TrainingHistory, today: date, gentle: bool
) -> tuple[Exercise, Prescription]:
    found = prescribe(chosen, history, profile, today, gentle=gentle)
    # Only the ladder step done most recently moves the lifter on, so an old result cannot undo a /swap.
    if found.move_to is not None and latest_ladder_key(history) == chosen.key:
        return exercise(found.move_to), found
    if found.move_to is not None:
        return chosen, Prescription(found.load_kg, None, found.sets_delta, Reason.AS_MANY_CLEAN)
    return chosen, found


def _planned(
    chosen: Exercise, slot: Slot, found: Prescription, sets: int, profile: Profile, main_index: int | None
) -> PlannedLift:
    needs_first = found.load_kg is None and is_weighted(chosen) and chosen.load_kind is not LoadKind.BODYWEIGHT
    suggested = suggest_first_load(chosen, profile) if needs_first else None
    working = found.load_kg if found.load_kg is not None else suggested
    ramps = ramps_for(chosen, working, profile.units, first=main_index == 0) if main_index is not None else ()
    return PlannedLift(
        key=chosen.key,
        name=chosen.name,
        slot=slot,
        sets=sets,
        rep_low=chosen.rep_low,
        rep_high=chosen.rep_high,
        target_reps=found.target_reps,
        load_kg=found.load_kg,
        one_arm=chosen.one_arm,
        load_kind=chosen.load_kind,
        cue=chosen.cue,
        needs_first_load=needs_first,
        suggested_first_load_kg=suggested,
        ramps=ramps,
        finisher=main_index is None,
        progression_note=text.reason_text(found.reason),
    )


def plan_lift(
    chosen: Exercise,
    slot: Slot,
    profile: Profile,
    history: TrainingHistory,
    today: date,
    *,
    gentle: bool = False,
    sets: int | None = None,
    main_index: int | None = None,
) -> PlannedLift:
    """One lift planned on its own, e.g. after a /swap mid-session; `main_index` 0 gets two ramps, None none.

    The lifter picked this exercise, so the pull-up ladder does not move them off it here.
    """
    gentle = gentle or profile.gentle_mode
    found = prescribe(chosen, history, profile, today, gentle=gentle)
    if found.move_to is not None:
        found = Prescription(found.load_kg, None, found.sets_delta, Reason.AS_MANY_CLEAN)
    if sets is None:
        stage = new_lifter_stage(profile, history, today) if profile.level is Level.NEW else 0
        base = _base_sets(profile, stage, gentle)
        sets = max(1, (base if main_index is not None else min(base, FINISHER_SETS)) + found.sets_delta)
    return _planned(chosen, slot, found, sets, profile, main_index)


def build_session(profile: Profile, history: TrainingHistory, today: date, *, gentle: bool = False) -> SessionPlan:
    """Today's session. `gentle` is for pain 4-6 before the session; profile.gentle_mode counts too."""
    gentle = gentle or profile.gentle_mode
    stage = new_lifter_stage(profile, history, today) if profile.level is Level.NEW else 0
    base = _base_sets(profile, stage, gentle)
    lifts: list[PlannedLift] = []
    taken: set[str] = set()
    for slot in _slots(profile, stage, gentle):
        chosen = choose(profile, slot, history, gentle=gentle, taken=frozenset(taken))
        if chosen is None:
            continue  # only optional slots can be empty: every main slot has a bodyweight fallback
        chosen, found = _prescription(chosen, profile, history, today, gentle)
        taken.add(chosen.key)
        main = slot in MAIN_SLOTS
        sets = max(1, (base if main else min(base, FINISHER_SETS)) + found.sets_delta)
        main_index = sum(1 for lift in lifts if not lift.finisher) if main else None
        lifts.append(_planned(chosen, slot, found, sets, profile, main_index))
    return SessionPlan(
        day=today, lifts=tuple(lifts), warmup=text.WARMUP, cooldown=text.COOLDOWN, gentle=gentle,
        notes=_notes(profile, history, today, stage, gentle),
    )


def _notes(profile: Profile, history: TrainingHistory, today: date, stage: int, gentle: bool) -> tuple[str, ...]:
    notes: list[str] = []
    if gentle:
        notes.append(text.SESSION_GENTLE)
    if history.sessions and (today - history.sessions[-1].day).days > LAYOFF_DAYS:
        notes.append(text.SESSION_LAYOFF)
    if profile.level is Level.NEW and history.sessions and not gentle:
        before = new_lifter_stage(profile, history, history.sessions[-1].day)
        if _base_sets(profile, stage, False) > _base_sets(profile, before, False):
            notes.append(text.SESSION_SET_ADDED)
    if block_rotation_due(profile, today):
        notes.append(text.SESSION_BLOCK_DONE)
    return tuple(notes)

