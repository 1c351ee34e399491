"""/history with paging and /history <lift>, and /bests."""
from __future__ import annotations

import re

from core.messages import Choice
from core.progress.data import load_history_rows
from core.text import progress as say
from core.text import workout as workout_text
from core.text.training import format_load
from core.training.bests import bests
from core.training.catalogue import exercise, find_exercise
from core.training.lift_names import slots_named
from core.training.set_kinds import timed_best_line
from core.turn import Turn
from core.workout.history import compact_sets, history_line, lifts_part, load_history
from core.workout.model import LoggedSet, Workout

PAGE = 5
LIFT_PAGE = 8
_PAGE_WORDS = re.compile(r"^(?P<lift>.*?)\s*(?:\b(?:more|page)\b\s*(?P<n>\d+)?)?$", re.I)


def parse_history_argument(argument: str) -> tuple[str, int]:
    """'' -> ('', 1); 'more' -> ('', 2); 'page 3' -> ('', 3); 'row page 2' -> ('row', 2)."""
    text = argument.strip()
    match = _PAGE_WORDS.match(text)
    if match is None:
        return text, 1
    lift = match.group("lift").strip()
    number = match.group("n")
    said_more = lift != text
    page = int(number) if number else (2 if said_more else 1)
    return lift, max(1, min(page, 10_000))


async def show_history(turn: Turn, argument: str) -> None:
    lift_name, page = parse_history_argument(argument)
    workouts, logged = await load_history_rows(turn.uow, turn.profile.user_id)
    active = await turn.uow.workouts.active(turn.profile.user_id)
    if active is not None and active.id is not None:  # the session so far counts too
        workouts, logged = [*workouts, active], [*logged, *await turn.uow.workouts.sets(active.id)]
    if lift_name:
        found = _resolve(lift_name, logged)
        if found is None:
            turn.say_personal(say.HISTORY_UNKNOWN_LIFT.format(name=lift_name[:40]))
            return
        await _lift_history(turn, *found, page, workouts, logged)
        return
    if not workouts:
        turn.say_personal(workout_text.HISTORY_EMPTY)
        return
    newest_first = list(reversed(workouts))
    start = (page - 1) * PAGE
    shown = newest_first[start:start + PAGE]
    if not shown:
        turn.say_personal(say.HISTORY_NO_PAGE.format(page=page))
        return
    lines = [say.HISTORY_PAGE_HEADER.format(page=page) if page > 1 else workout_text.HISTORY_HEADER]
    for workout in shown:
        lines.append(history_line(workout, [s for s in logged if s.workout_id == workout.id and not s.warmup], turn))
    choices: tuple[Choice, ...] = ()
    if len(newest_first) > start + PAGE:
        lines.append(say.HISTORY_OLDER.format(page=page + 1))
        choices = (Choice(say.HISTORY_OLDER_BUTTON, f"/history page {page + 1}"),)
    turn.say_personal("\n".join(lines), choices)


def _resolve(name: str, logged: list[LoggedSet]) -> tuple[tuple[str, ...], str] | None:
    """The lifts `name` means, and what to call them: the lifter's own lifts first ("deadlift" means
    the one they do), then a short or slot name ("row" is every row they do), then the catalogue."""
    wanted = name.lower().replace("-", " ")
    mine = list(dict.fromkeys(s.lift_key for s in reversed(logged)))  # most recent first
    found = find_exercise(name)
    if found is not None and found.key in mine:
        return (found.key,), found.name
    slots = slots_named(name)
    of_slots = tuple(k for k in mine if any(exercise(k).fits(slot) for slot in slots))
    if len(of_slots) == 1:
        return of_slots, exercise(of_slots[0]).name
    if of_slots:
        return of_slots, name.strip()
    partial = [k for k in sorted(mine) if wanted in exercise(k).name.lower().replace("-", " ") or wanted in k.replace("_", " ")]
    if len(partial) == 1:
        return (partial[0],), exercise(partial[0]).name
    if found is not None:
        return (found.key,), found.name
    return ((), name.strip()) if slots else None


async def _lift_history(turn: Turn, keys: tuple[str, ...], name: str, page: int, workouts: list[Workout], logged: list[LoggedSet]) -> None:
    working: dict[int, list[LoggedSet]] = {}
    for s in logged:
        if s.lift_key in keys and not s.warmup:
            working.setdefault(s.workout_id, []).append(s)
    sessions = [w for w in reversed(workouts) if w.id in working]
    if not sessions:
        turn.say_personal(say.HISTORY_LIFT_EMPTY.format(lift=name))
        return
    start = (page - 1) * LIFT_PAGE
    shown = sessions[start:start + LIFT_PAGE]
    if not shown:
        turn.say_personal(say.HISTORY_NO_PAGE.format(page=page))
        return
    lines = [say.HISTORY_LIFT_HEADER.format(lift=name[:1].upper() + name[1:])]
    for w in shown:
        done = working[w.id or 0]
        sets = compact_sets(done, turn) if len(keys) == 1 else lifts_part(done, turn)
        lines.append(say.HISTORY_LIFT_LINE.format(day=w.day.strftime("%a %d %b"), sets=sets))
    choices: tuple[Choice, ...] = ()
    if len(sessions) > start + LIFT_PAGE:
        again = keys[0].replace("_", " ") if len(keys) == 1 else name
        lines.append(say.HISTORY_LIFT_OLDER.format(key=again, page=page + 1))
        choices = (Choice(say.HISTORY_OLDER_BUTTON, f"/history {again} page {page + 1}"),)
    turn.say_personal("\n".join(lines), choices)


async def show_bests(turn: Turn, _: str) -> None:
    found = bests(await load_history(turn.uow, turn.profile))
    if not found:
        turn.say_personal(say.BESTS_EMPTY)
        return
    lines = [say.BESTS_HEADER]
    for best in found:
        lift = exercise(best.key)
        day = best.day.strftime("%d %b %Y")
        if best.seconds is not None:  # timed lifts: seconds, never a one-rep max
            lines.append(timed_best_line(best, lift, turn.profile.units, day))
            continue
        if best.load_kg is None or best.e1rm_kg is None:
            lines.append(say.BEST_REPS_LINE.format(lift=lift.name, reps=best.reps, day=day))
            continue
        units = turn.profile.units
        lines.append(say.BEST_LOAD_LINE.format(
            lift=lift.name, load=format_load(best.load_kg, units, lift.load_kind), reps=best.reps,
            e1rm=format_load(best.e1rm_kg, units, lift.load_kind), day=day,
        ))
    lines.append(say.BESTS_FORMULA)
    turn.say_personal("\n".join(lines))
