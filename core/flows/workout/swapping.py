"""/swap: replace the current lift with another of the same slot, and remember the choice."""
from __future__ import annotations

from dataclasses import replace

from core.messages import Choice
from core.numbers import whole_number
from core.text import workout as say
from core.training.catalogue import Exercise, exercise, find_exercise
from core.training.generator import plan_lift
from core.training.swap import swap_options
from core.turn import Turn
from core.flows.workout import sets
from core.workout.history import PLANNING_SESSIONS, load_history
from core.workout.model import Phase, Workout


async def swap(turn: Turn, workout: Workout, argument: str) -> None:
    lift = workout.lift
    if lift is None:
        turn.say(say.NOTHING_TO_SWAP)
        return
    options = swap_options(turn.profile, lift.slot, lift.key, gentle=workout.plan.gentle)
    if not options:
        turn.say(say.NO_SWAP_OPTIONS.format(lift=lift.name))
        return
    if not argument:
        lines = [say.SWAP_Q.format(lift=lift.name)] + [f"{i}. {ex.name}" for i, ex in enumerate(options, 1)]
        turn.say("\n".join(lines), tuple(Choice(ex.name, f"/swap {ex.key}") for ex in options))
        return
    chosen = _pick(argument, options)
    if chosen is None:
        turn.say(say.SWAP_UNKNOWN.format(name=argument[:40], options=", ".join(ex.name for ex in options)))
        return
    history = await load_history(turn.uow, turn.profile, limit=PLANNING_SESSIONS)
    main_index = None if lift.finisher else sum(1 for other in workout.plan.lifts[: workout.lift_index] if not other.finisher)
    planned = plan_lift(chosen, lift.slot, turn.profile, history, workout.day, gentle=workout.plan.gentle, sets=lift.sets, main_index=main_index)
    workout = replace(workout.with_lift(planned), set_index=0, phase=Phase.RAMP)
    await turn.uow.workouts.save(workout)
    choices = tuple((slot, key) for slot, key in turn.profile.lift_choices if slot != lift.slot.value)
    await turn.save_profile(replace(turn.profile, lift_choices=choices + ((lift.slot.value, chosen.key),)))
    turn.say(say.SWAPPED.format(old=lift.name, new=chosen.name))
    await sets.prompt_current(turn, workout)


def _pick(argument: str, options: list[Exercise]) -> Exercise | None:
    said = argument.strip()
    number = whole_number(said)  # not isdigit() + int(): "²" passes the first and crashes the second
    if number is not None:
        return options[number - 1] if 1 <= number <= len(options) else None
    keys = {ex.key for ex in options}
    if said in keys:
        return exercise(said)
    found = find_exercise(said)
    return found if found is not None and found.key in keys else None
