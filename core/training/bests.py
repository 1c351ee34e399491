"""Personal bests: the heaviest set by estimated one-rep max, and the best load × reps."""
from __future__ import annotations

from collections.abc import Callable

from dataclasses import dataclass
from datetime import date

from core.training.plan import PastSet, TrainingHistory


@dataclass(frozen=True)
class Best:
    key: str
    day: date
    load_kg: float | None  # None: a bodyweight best, counted in reps
    reps: int
    e1rm_kg: float | None
    seconds: int | None = None  # a timed lift (carry, hold): the longest time at the heaviest load; no e1RM


def estimate_1rm(load_kg: float, reps: int) -> float:
    """Epley's estimate: load × (1 + reps / 30); a single is its own one-rep max."""
    if reps <= 1:
        return load_kg
    return load_kg * (1 + reps / 30)


def _reps(s: PastSet) -> int:
    return min(s.reps, s.reps_right) if s.reps_right is not None else s.reps


def _e1rm(s: PastSet) -> float:
    return estimate_1rm(s.load_kg or 0.0, _reps(s))


def _sets_of(history: TrainingHistory, key: str, keep: Callable[[PastSet], bool]) -> list[tuple[date, PastSet]]:
    return [(session.day, s) for session in history.sessions for lift in session.lifts if lift.key == key for s in lift.sets if keep(s)]


def _working(history: TrainingHistory, key: str) -> list[tuple[date, PastSet]]:
    return _sets_of(history, key, lambda s: not s.warmup and not s.failed and s.seconds is None and _reps(s) > 0)


def _timed(history: TrainingHistory, key: str) -> list[tuple[date, PastSet]]:
    return _sets_of(history, key, lambda s: not s.warmup and bool(s.seconds))


def is_new_best(key: str, history: TrainingHistory, load_kg: float | None, reps: int) -> bool:
    """True when this set beats every earlier working set of the lift on load × reps or on e1RM.

    The very first set of a lift is not a "best": there is nothing to beat yet. A bodyweight set
    (no load) is compared by reps with earlier bodyweight sets.
    """
    earlier = _working(history, key)
    if reps <= 0:
        return False
    if not load_kg:
        previous = [_reps(s) for _, s in earlier if not s.load_kg]
        return bool(previous) and reps > max(previous)
    loaded = [(s.load_kg, _reps(s)) for _, s in earlier if s.load_kg]
    if not loaded:
        return False
    best_volume = max(load * r for load, r in loaded)
    best_e1rm = max(estimate_1rm(load, r) for load, r in loaded)
    return load_kg * reps > best_volume + 1e-9 or estimate_1rm(load_kg, reps) > best_e1rm + 1e-9


def bests(history: TrainingHistory) -> list[Best]:
    """One best per lift, ordered by key: the highest e1RM (earliest on ties), or most reps without load.

    Timed lifts never get a one-rep max: their best is the heaviest load, then the longest time.
    """
    keys = sorted({lift.key for session in history.sessions for lift in session.lifts})
    found: list[Best] = []
    for key in keys:
        if timed := _timed(history, key):
            day, top = max(timed, key=lambda item: (item[1].load_kg or 0.0, item[1].seconds or 0, -item[0].toordinal()))
            found.append(Best(key, day, top.load_kg or None, 0, None, top.seconds))
            continue
        sets = _working(history, key)
        loaded = [(day, s) for day, s in sets if s.load_kg]
        if loaded:
            day, top = max(loaded, key=lambda item: (_e1rm(item[1]), -item[0].toordinal()))
            load = top.load_kg or 0.0
            found.append(Best(key, day, load, _reps(top), round(estimate_1rm(load, _reps(top)), 1)))
        elif sets:
            day, top = max(sets, key=lambda item: (_reps(item[1]), -item[0].toordinal()))
            found.append(Best(key, day, None, _reps(top), None))
    return found
