"""Ramp (warm-up) sets: two before the first main lift, one before each later one (coaching.md §1)."""
from __future__ import annotations

from core.model import Units
from core.text import training as text
from core.training.catalogue import Exercise
from core.training.loads import is_weighted, round_to_loadable, smallest_loadable
from core.training.plan import LoadKind, RampSet

# (share of the working load, reps): light and easy first, then close to the working load.
FIRST_LIFT_RAMPS: tuple[tuple[float, int], ...] = ((0.4, 8), (0.8, 4))
LATER_LIFT_RAMPS: tuple[tuple[float, int], ...] = ((0.6, 5),)
PULL_UP_RAMP_REPS = (5, 3)  # easy reps only: the working sets are as many as possible


def ramp_load(working_kg: float, share: float, exercise: Exercise, units: Units) -> float | None:
    """`share` of the working load rounded DOWN to a real load; None when only "no weight" is lighter."""
    load = round_to_loadable(working_kg * share, exercise, units)
    if load <= 0:
        # An empty bar is the natural first ramp even when it is more than `share`, if it is not above the work.
        lightest = smallest_loadable(exercise, units)
        if exercise.load_kind is LoadKind.BARBELL_TOTAL and 0 < lightest <= working_kg + 1e-9:
            return lightest
        return None
    return load


def ramps_for(exercise: Exercise, working_kg: float | None, units: Units, *, first: bool) -> tuple[RampSet, ...]:
    """The ramp sets before one main lift; `working_kg` None means the lifter has not chosen a load yet."""
    plan = FIRST_LIFT_RAMPS if first else LATER_LIFT_RAMPS
    if exercise.amrap:
        notes = (text.RAMP_EASIER_PULL_UP, text.RAMP_BODYWEIGHT_FIRST if working_kg else text.RAMP_EASIER_PULL_UP)
        reps_each = PULL_UP_RAMP_REPS[-len(plan):]
        return tuple(RampSet(reps, None, note) for reps, note in zip(reps_each, notes[-len(plan):]))
    if exercise.load_kind in (LoadKind.BAND, LoadKind.ASSISTED):
        return tuple(RampSet(reps, None, text.RAMP_LIGHTER_BAND) for _, reps in plan)
    if not is_weighted(exercise) or exercise.load_kind is LoadKind.BODYWEIGHT:
        return tuple(RampSet(reps, None, text.RAMP_EASIER_ANGLE) for _, reps in plan)
    if working_kg is None or working_kg <= 0:
        return tuple(
            RampSet(reps, None, text.RAMP_OF_WORKING.format(percent=round(share * 100))) for share, reps in plan
        )
    ramps = []
    for share, reps in plan:
        load = ramp_load(working_kg, share, exercise, units)
        ramps.append(RampSet(reps, load, "" if load is not None else text.RAMP_NO_WEIGHT))
    return tuple(ramps)
