"""The session card's text, built from the plan, the sets logged so far and the open question. Pure."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from core.model import Units
from core.text import cards as say
from core.text import workout as words
from core.text.training import format_load
from core.training.plan import LoadKind, PlannedLift
from core.training.set_kinds import seconds_text
from core.workout.model import LoggedSet, Workout


def lift_line(lift: PlannedLift, units: Units) -> str:
    """ "Single-arm dumbbell row: 3 × 8–12 @ 14 kg per side" (the plan's line, without the bullet)."""
    span = words.SECONDS_RANGE if lift.load_kind is LoadKind.TIME else words.REP_RANGE
    reps = words.AS_MANY_AS_CLEAN if lift.target_reps is None else span.format(low=lift.rep_low, high=lift.rep_high)
    load = words.LIFT_LOAD.format(load=format_load(lift.load_kg, units, lift.load_kind)) if lift.load_kg else ""
    side = words.PER_SIDE if lift.one_arm else ""
    return words.LIFT_LINE.format(name=lift.name, sets=lift.sets, reps=reps, load=load, side=side).removeprefix("• ")


def what(reps: int, right: int | None, load: float | None, units: Units, load_kind: LoadKind, seconds: int | None = None) -> str:
    """One set the way a lifter writes it: "10/9 × 14 kg", "7 reps", "40 s @ 24 kg"."""
    if seconds is not None:  # a timed set (carry, hang) counts seconds, never reps
        time = seconds_text(seconds)
        return f"{time} @ {format_load(load, units, load_kind)}" if load else time
    count = f"{reps}/{right}" if right is not None else str(reps)
    if load:
        return f"{count} × {format_load(load, units, load_kind)}"
    return f"{count} reps"


@dataclass(frozen=True)
class CardContent:
    """Everything the card shows; `question` and `notes` come from the turn that changed it."""

    name: str
    day: date
    units: Units
    workout: Workout | None = None
    logged: Sequence[LoggedSet] = ()
    notes: Sequence[str] = ()
    question: str = ""
    closed: bool = False
    rest: str = ""  # the rest timer's text, when one runs (item 5 of issue 12 fills it)


def card_text(content: CardContent) -> str:
    workout = content.workout
    plan = workout.plan if workout is not None else None
    gentle = plan is not None and plan.gentle
    header = (say.CARD_HEADER_GENTLE if gentle else say.CARD_HEADER).format(name=content.name, day=content.day.strftime("%a %d %b"))
    lines = [header]
    if workout is None or plan is None:
        lines.append(say.CARD_CLOSED if content.closed else say.CARD_NO_SESSION_YET)
    else:
        lines += list(plan.notes)
        working = [s for s in content.logged if not s.warmup]
        if not working and not content.closed and plan.warmup:
            lines.append(say.CARD_WARMUP.format(items=" ".join(plan.warmup)))  # each item is a sentence
        lines += _lift_lines(content, workout, working)
        if content.closed:
            lines.append(say.CARD_CLOSED)  # the cool-down is in the summary that follows
        elif content.rest:
            lines.append(say.CARD_REST.format(rest=content.rest))
    tail = [note for note in content.notes if note] + ([content.question] if content.question else [])
    if tail:
        lines.append("")
        lines += tail
    return "\n".join(lines)


def _lift_lines(content: CardContent, workout: Workout, working: Sequence[LoggedSet]) -> list[str]:
    lines: list[str] = []
    for index, lift in enumerate(workout.plan.lifts):
        done = [s for s in working if s.lift_key == lift.key]
        shown = ", ".join(what(s.reps, s.reps_right, s.load_kg, content.units, lift.load_kind, s.seconds) + (words.FAILED_MARK if s.failed else "") for s in done)
        line = lift_line(lift, content.units)
        if content.closed or index < workout.lift_index:
            lines.append(say.CARD_LIFT_DONE.format(line=f"{lift.name}: {shown or say.CARD_SKIPPED}"))
        elif index == workout.lift_index:
            lines.append(say.CARD_LIFT_NOW.format(line=line))
            if shown:
                lines.append(say.CARD_SETS.format(sets=shown))
        else:
            lines.append(say.CARD_LIFT_LATER.format(line=line))
    return lines
