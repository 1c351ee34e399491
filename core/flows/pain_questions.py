"""The pain questions a session asks (after a lift, after the session): asked here, answered in flows.pain.

Kept apart from flows.pain so the set flow can ask them without importing the flow that answers them.
"""
from __future__ import annotations

from core.conversation import Step
from core.messages import Choice
from core.text import safety as say
from core.training.plan import PlannedLift
from core.turn import Turn
from core.workout.model import Workout


def pain_buttons() -> tuple[Choice, ...]:
    return tuple(Choice(str(n), f"pain {n}") for n in range(11))


async def ask_pain_after_lift(turn: Turn, workout: Workout, lift: PlannedLift) -> None:
    await turn.move_to(Step.PAIN_LIFT, workout_id=workout.id, lift_key=lift.key)
    turn.ask(say.ASK_PAIN_AFTER_LIFT.format(lift=lift.name), pain_buttons())


async def ask_pain_after_session(turn: Turn, workout: Workout) -> None:
    await turn.move_to(Step.PAIN_AFTER, workout_id=workout.id)
    turn.ask(say.ASK_PAIN_AFTER_SESSION, pain_buttons())
