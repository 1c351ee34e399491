"""The lifter's past sessions, as the training engine reads them and as /history shows them."""
from __future__ import annotations

from collections import defaultdict

from core.model import Profile
from core.ports import UnitOfWork
from core.text import flows as flows_text
from core.text import workout as say
from core.text.training import format_load
from core.training.catalogue import exercise
from core.training.plan import LoadKind, PastLift, PastSession, PastSet, TrainingHistory
from core.training.set_kinds import seconds_text
from core.turn import Turn
from core.workout.model import LoggedSet, Status, Workout

# Planning reads the latest sessions only, so starting a session costs the same in year two as in
# week two. 48 sessions are four months at three a week, most of a year at one: far more than the
# rules look back (last performances, a 14-day layoff, two-week runs, six-week blocks).
PLANNING_SESSIONS = 48


async def load_history(uow: UnitOfWork, profile: Profile, limit: int | None = None) -> TrainingHistory:
    """Ended sessions (every one, or the latest `limit`), oldest first, with pain attached."""
    workouts = list(reversed(await uow.workouts.finished(profile.user_id, limit=limit)))
    ids = [w.id for w in workouts if w.id is not None]
    logged = await uow.workouts.sets_of(ids)
    by_workout: dict[int, list[LoggedSet]] = defaultdict(list)
    for item in logged:
        by_workout[item.workout_id].append(item)
    pain_by_lift: dict[tuple[int, str], int] = {}
    for report in await uow.pain.of_workouts(ids):
        if report.workout_id is not None and report.lift_key:
            key = (report.workout_id, report.lift_key)
            pain_by_lift[key] = max(pain_by_lift.get(key, 0), report.value)
    sessions = [_session(w, by_workout.get(w.id or 0, []), pain_by_lift) for w in workouts if w.status is not Status.REST]
    return TrainingHistory(tuple(sessions))


def _session(workout: Workout, logged: list[LoggedSet], pain_by_lift: dict[tuple[int, str], int]) -> PastSession:
    order: list[str] = []
    for item in logged:
        if item.lift_key not in order:
            order.append(item.lift_key)
    lifts = tuple(
        PastLift(
            key=key,
            sets=tuple(PastSet(s.reps, s.load_kg, s.reps_right, s.warmup, s.failed, s.seconds) for s in logged if s.lift_key == key),
            pain_max=pain_by_lift.get((workout.id or 0, key)),
        )
        for key in order
    )
    return PastSession(workout.day, lifts, workout.pain_before, workout.pain_after, workout.reduce_next)


def history_line(workout: Workout, working: list[LoggedSet], turn: Turn) -> str:
    status = {
        Status.PARTIAL: say.HISTORY_PARTIAL, Status.STOPPED_FOR_SAFETY: say.HISTORY_STOPPED, Status.ACTIVE: flows_text.HISTORY_IN_PROGRESS,
    }.get(workout.status, "")
    return say.HISTORY_LINE.format(day=workout.day.strftime("%a %d %b"), lifts=lifts_part(working, turn), status=status)


def lifts_part(working: list[LoggedSet], turn: Turn) -> str:
    """Each lift of one session with its sets: "Pull-up 3×8; Single-arm dumbbell row 3×10 @ 16 kg"."""
    parts = []
    for key in dict.fromkeys(s.lift_key for s in working):
        done = [s for s in working if s.lift_key == key]
        parts.append(say.HISTORY_LIFT.format(lift=exercise(key).name, sets=compact_sets(done, turn)))
    return "; ".join(parts) or say.HISTORY_NO_SETS


def compact_sets(done: list[LoggedSet], turn: Turn) -> str:
    """3×10 @ 16 kg when every set matched; 10, 9, 8 @ 16 kg when only the reps differ;
    10 @ 16 kg, 9 @ 14 kg when the load changed too (each run of one load keeps its load);
    timed sets in seconds (2×40 s @ 24 kg)."""
    reps = [
        seconds_text(s.seconds) if s.seconds is not None else f"{s.reps}/{s.reps_right}" if s.reps_right is not None else str(s.reps)
        for s in done
    ]
    kind = exercise(done[0].lift_key).load_kind
    runs: list[tuple[float | None, list[str]]] = []
    for logged, count in zip(done, reps):
        if runs and runs[-1][0] == logged.load_kg:
            runs[-1][1].append(count)
        else:
            runs.append((logged.load_kg, [count]))
    if len(runs) == 1 and len(set(reps)) == 1:
        return _with_load(f"{len(done)}×{reps[0]}", runs[0][0], turn, kind)
    return ", ".join(_with_load(", ".join(counts), load, turn, kind) for load, counts in runs)


def _with_load(counts: str, load: float | None, turn: Turn, kind: LoadKind) -> str:
    return f"{counts} @ {format_load(load, turn.profile.units, kind)}" if load else counts
