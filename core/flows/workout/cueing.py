"""Technique cues from what the lifter says about a set: one cue, and the next set made lighter."""
from __future__ import annotations

import re
from dataclasses import replace

from core.errors import BadInput
from core.parsing import parse_set_reply
from core.training.catalogue import exercise
from core.training.cues import cue_for_reply, cue_message, next_set_load
from core.turn import Turn
from core.flows.workout import sets
from core.workout.model import Phase, Workout

# "8, grip gave out" / "8 - swinging a lot": the set is the part before the comment.
_LEADING_SET = re.compile(r"^\s*([^,;:\-–(]+?)\s*(?:[,;:\-–(]|\bbut\b)")


async def handle_cue(turn: Turn, workout: Workout) -> bool:
    """True when the reply carried a technique cue (and any set in it was logged)."""
    lift = workout.lift
    cue = cue_for_reply(turn.said)
    if cue is None or lift is None:
        return False
    chosen = exercise(lift.key)
    units = turn.profile.units
    turn.say(cue_message(cue, chosen, lift.load_kg, units))
    lighter = next_set_load(chosen, lift.load_kg, units) if workout.phase is Phase.WORK else None
    leading = _LEADING_SET.match(turn.said)
    reply = None
    if leading:
        try:
            reply = parse_set_reply(leading.group(1), units)
        except BadInput:
            reply = None
    if reply is not None:
        await sets.answer_set(turn, workout, reply, next_load=lighter)
        return True
    if lighter is not None:
        workout = workout.with_lift(replace(lift, load_kg=lighter))
        await turn.uow.workouts.save(workout)
    await sets.prompt_current(turn, workout)
    return True
