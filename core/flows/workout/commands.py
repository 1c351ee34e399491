"""The session commands (/log, /undo, /skip, /swap, /stop) and the open questions of a session."""
from __future__ import annotations

from core.parsing import parse_set_reply
from core.text import workout as say
from core.turn import Turn
from core.flows.workout import cueing, sets, swapping
from core.workout.model import Workout


async def _active(turn: Turn) -> Workout | None:
    workout = await turn.uow.workouts.active(turn.profile.user_id)
    if workout is None:
        turn.say(say.NO_SESSION)
    return workout


async def log(turn: Turn, argument: str) -> None:
    if (workout := await _active(turn)) is None:
        return
    await sets.answer_set(turn, workout, parse_set_reply(argument, turn.profile.units))


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
