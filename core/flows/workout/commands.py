"""The session commands (/log, /undo, /skip, /swap, /stop, /rest) and the open questions of a session."""
from __future__ import annotations

from core.parsing import parse_set_reply
from core.text import workout as say
from core.turn import Turn
from core.flows.workout import cueing, sets, swapping
from core.training import set_kinds
from core.workout.model import Phase, Workout


async def _active(turn: Turn) -> Workout | None:
    workout = await turn.uow.workouts.active(turn.profile.user_id)
    if workout is None:
        turn.say(say.NO_SESSION)
    return workout


async def log(turn: Turn, argument: str) -> None:
    if (workout := await _active(turn)) is None:
        return
    lift, units = workout.lift, turn.profile.units
    working = lift is not None and not (workout.phase is Phase.RAMP and workout.set_index < len(lift.ramps))
    reply = set_kinds.parse_answer(lift, argument, units) if working and lift else parse_set_reply(argument, units)
    await sets.answer_set(turn, workout, reply)


async def undo(turn: Turn, _: str) -> None:
    if (workout := await _active(turn)) is not None:
        await sets.undo(turn, workout)


async def skip(turn: Turn, _: str) -> None:
    if (workout := await _active(turn)) is not None:
        await sets.skip_lift(turn, workout)


async def swap(turn: Turn, argument: str) -> None:
    if (workout := await _active(turn)) is not None:
        await swapping.swap(turn, workout, argument)


async def stop(turn: Turn, _: str) -> None:
    if (workout := await _active(turn)) is not None:
        await sets.stop(turn, workout)


async def answer_first_load(turn: Turn) -> None:
    if (workout := await _active(turn)) is not None:
        await sets.answer_first_load(turn, workout)


async def answer_set(turn: Turn) -> None:
    if (workout := await _active(turn)) is not None:
        if await cueing.handle_cue(turn, workout):
            return
        await sets.answer_set(turn, workout)
