"""The session commands (/log, /undo, /skip, /swap, /stop, /rest) and the open questions of a session."""
from __future__ import annotations

from datetime import timedelta

from core.conversation import Step
from core.messages import Choice
from core.parsing import parse_set_reply
from core.text import flows as flows_text
from core.text import workout as say
from core.training.plan import PlannedLift
from core.turn import Turn
from core.flows.workout import cueing, sets, swapping
from core.training import set_kinds
from core.workout.model import LoggedSet, Phase, Workout

# "The session just finished": /undo reaches back this far into the last ended session.
UNDO_FINISHED_WITHIN = timedelta(hours=12)
UNDO_FINISHED = "undo_finished"


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
    workout = await turn.uow.workouts.active(turn.profile.user_id)
    if workout is not None:
        await sets.undo(turn, workout)
        return
    await _offer_undo_finished(turn)


async def _offer_undo_finished(turn: Turn) -> None:
    """/undo just after a session ended: offer to remove that session's last set, with a yes/no."""
    latest = await turn.uow.workouts.finished(turn.profile.user_id, limit=1)
    workout = latest[0] if latest else None
    recent = workout is not None and workout.ended_at is not None and turn.now - workout.ended_at <= UNDO_FINISHED_WITHIN
    logged = await turn.uow.workouts.sets(workout.id) if workout is not None and workout.id is not None and recent else []
    if workout is None or not logged:
        turn.say(say.NO_SESSION)
        return
    last = logged[-1]
    lift = _planned(workout, last)
    await turn.move_to(Step.CONFIRM, about=UNDO_FINISHED, workout_id=workout.id, set_id=last.id)
    choices = (Choice(flows_text.UNDO_FINISHED_YES, "yes"), Choice(flows_text.UNDO_FINISHED_NO, "no"))
    turn.ask(flows_text.UNDO_FINISHED_Q.format(what=sets.describe(last, turn, lift), lift=lift.name), choices)


async def answer_confirm(turn: Turn) -> None:
    data = turn.conversation.data
    await turn.go_idle()
    if data.get("about") != UNDO_FINISHED:
        return
    workout = await turn.uow.workouts.get(int(data.get("workout_id") or 0))
    logged = await turn.uow.workouts.sets(workout.id) if workout is not None and workout.id is not None else []
    last = next((s for s in logged if s.id == data.get("set_id")), None)
    if workout is None or last is None or not turn.said.lower().startswith(("y", "remove")):
        turn.say(flows_text.UNDO_FINISHED_KEPT)
        return
    await turn.uow.workouts.remove_set(last.id or 0)
    lift = _planned(workout, last)
    turn.say(flows_text.UNDO_FINISHED_DONE.format(what=sets.describe(last, turn, lift), lift=lift.name))


def _planned(workout: Workout, logged: LoggedSet) -> PlannedLift:
    return next((lift for lift in workout.plan.lifts if lift.key == logged.lift_key), workout.plan.lifts[-1])


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
