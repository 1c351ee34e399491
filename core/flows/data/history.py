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
from core.training.set_kinds import timed_best_line
from core.turn import Turn
from core.workout.history import compact_sets, history_line, load_history
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
    if lift_name:
        key = _resolve(lift_name, logged)
        if key is None:
            turn.say_personal(say.HISTORY_UNKNOWN_LIFT.format(name=lift_name[:40]))
            return
        await _lift_history(turn, key, page, workouts, logged)
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


def _resolve(name: str, logged: list[LoggedSet]) -> str | None:
    """The lifter's own lifts first ("deadlift" means the one they do), then the whole catalogue."""
    wanted = name.lower().replace("-", " ")
    mine = {s.lift_key for s in logged}
    found = find_exercise(name)
    if found is not None and found.key in mine:
        return found.key
    partial = [k for k in sorted(mine) if wanted in exercise(k).name.lower().replace("-", " ") or wanted in k.replace("_", " ")]
    if len(partial) == 1:
        return partial[0]
    return found.key if found is not None else None


async def _lift_history(turn: Turn, key: str, page: int, workouts: list[Workout], logged: list[LoggedSet]) -> None:
    working: dict[int, list[LoggedSet]] = {}
    for s in logged:
        if s.lift_key == key and not s.warmup:
            working.setdefault(s.workout_id, []).append(s)
    sessions = [w for w in reversed(workouts) if w.id in working]
    name = exercise(key).name
    if not sessions:
        turn.say_personal(say.HISTORY_LIFT_EMPTY.format(lift=name))
        return
    start = (page - 1) * LIFT_PAGE
    shown = sessions[start:start + LIFT_PAGE]
    if not shown:
        turn.say_personal(say.HISTORY_NO_PAGE.format(page=page))
        return
    lines = [say.HISTORY_LIFT_HEADER.format(lift=name)]
    lines += [say.HISTORY_LIFT_LINE.format(day=w.day.strftime("%a %d %b"), sets=compact_sets(working[w.id or 0], turn)) for w in shown]
    choices: tuple[Choice, ...] = ()
    if len(sessions) > start + LIFT_PAGE:
        lines.append(say.HISTORY_LIFT_OLDER.format(key=key.replace("_", " "), page=page + 1))
        choices = (Choice(say.HISTORY_OLDER_BUTTON, f"/history {key.replace('_', ' ')} page {page + 1}"),)
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
