"""What can actually be loaded: dumbbell pairs, a bar plus plate pairs, a stack, plates on a belt.

Loads are stored in kg; they snap to the grid of the lifter's own units, so a pound lifter is
never told to use 15.9 kg.
"""
from __future__ import annotations

import math

from core.model import Units, from_kg, to_kg
from core.training.catalogue import Exercise
from core.training.plan import LoadKind

_EPS = 1e-4  # loads are stored in kg to 6 decimals; a pound value may come back a hair under
BAR_KG = 20.0
BAR_LB = 45.0
# Dumbbells in kg come in 2 kg steps in many gyms and in 2.5 kg steps in others; both are real pairs.
_DUMBBELL_KG_STEPS = (2.0, 2.5)
_DUMBBELL_LB_STEP = 5.0
_PLATE_PAIR_KG = 2.5  # two 1.25 kg plates
_PLATE_PAIR_LB = 5.0  # two 2.5 lb plates


def is_weighted(exercise: Exercise) -> bool:
    """Whether the lift takes a weight at all (a band, an assisted or a plain bodyweight move does not)."""
    if exercise.load_kind in (LoadKind.PER_DUMBBELL, LoadKind.BARBELL_TOTAL, LoadKind.MACHINE_STACK):
        return True
    # Pull-ups may carry added weight and a farmer's carry holds dumbbells; a bridge or a hang does not.
    return exercise.load_kind in (LoadKind.BODYWEIGHT, LoadKind.TIME) and exercise.increment_kg > 0


def _floor_to(value: float, step: float, base: float = 0.0) -> float:
    if value + _EPS < base:
        return 0.0
    return base + math.floor((value - base + _EPS) / step) * step


def _floor_in_units(value: float, exercise: Exercise, units: Units) -> float:
    kind = exercise.load_kind
    kg = units is Units.KG
    if kind in (LoadKind.PER_DUMBBELL, LoadKind.TIME):
        if not kg:
            return _floor_to(value, _DUMBBELL_LB_STEP)
        return max(_floor_to(value, step) for step in _DUMBBELL_KG_STEPS)
    if kind is LoadKind.BARBELL_TOTAL:
        return _floor_to(value, _PLATE_PAIR_KG, BAR_KG) if kg else _floor_to(value, _PLATE_PAIR_LB, BAR_LB)
    if kind in (LoadKind.MACHINE_STACK, LoadKind.BODYWEIGHT):
        return _floor_to(value, _PLATE_PAIR_KG if kg else _PLATE_PAIR_LB)
    return 0.0  # bands and assistance carry no weight to round


def round_to_loadable(kg: float, exercise: Exercise, units: Units) -> float:
    """The heaviest load at or below `kg` that the equipment can make; 0.0 when nothing that light exists."""
    snapped = _floor_in_units(from_kg(kg, units), exercise, units)
    if snapped <= 0:
        return 0.0
    # Snap the converted value too, so 40 lb stays exactly 40 lb when converted back.
    return round(to_kg(snapped, units), 6)


def is_loadable(kg: float, exercise: Exercise, units: Units) -> bool:
    return kg > 0 and abs(round_to_loadable(kg, exercise, units) - kg) < 1e-4


def smallest_loadable(exercise: Exercise, units: Units) -> float:
    """The lightest load this kind of equipment makes (an empty bar, the lightest pair)."""
    probe = 0.0
    for _ in range(200):
        probe += 0.5
        found = round_to_loadable(to_kg(probe, units), exercise, units)
        if found > 0:
            return found
    return 0.0


def increment(exercise: Exercise, units: Units) -> float:
    """The exercise's smallest sensible step, in kg, as the lifter's units define it."""
    return exercise.increment_kg if units is Units.KG else to_kg(exercise.increment_lb, units)


def step_up(kg: float, exercise: Exercise, units: Units) -> float:
    """One step heavier, snapped to something that can be loaded, and always actually heavier."""
    target = round_to_loadable(kg + increment(exercise, units), exercise, units)
    probe = kg
    while target <= kg + 1e-4:  # the grid may be coarser than the step; take the next real load
        probe += 0.25
        target = round_to_loadable(probe, exercise, units)
    return target


def step_down(kg: float, exercise: Exercise, units: Units) -> float:
    """The next loadable weight below `kg`, or `kg` itself when nothing lighter exists."""
    below = round_to_loadable(kg - 1e-3, exercise, units)
    return below if below > 0 else kg


def lighter(kg: float, exercise: Exercise, units: Units, factor: float = 0.9) -> float:
    """About `factor` of `kg`, rounded down to a real load, and lighter than `kg` whenever the kit allows."""
    target = round_to_loadable(kg * factor, exercise, units)
    if target <= 0 or target >= kg - 1e-4:
        return step_down(kg, exercise, units)
    return target
