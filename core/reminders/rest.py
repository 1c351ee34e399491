"""The push when a rest between sets is over: it names the next set, and is sent only if still true."""
from __future__ import annotations

from datetime import timedelta

from core.conversation import Step
from core.messages import Reply, Visibility
from core.model import Profile, Units
from core.ports import UnitOfWork
from core.reminders.model import Delivery
from core.text import sets as say
from core.text.training import format_load
from core.training.set_kinds import planned_text
from core.workout.model import Phase, Status, Workout

_SAME_TIME = timedelta(seconds=1)  # a stored time may lose its microseconds on the way


def rest_over_text(workout: Workout, units: Units) -> str | None:
    """ "Rest over — set 2 of 3: 10 × 14 kg" (or the next lift's first set); None when nothing is next."""
    lift = workout.lift
    if lift is None:
        return None
    if workout.phase is Phase.RAMP and workout.set_index < len(lift.ramps):
        ramp = lift.ramps[workout.set_index]
        what = f"{ramp.reps} reps" + (f" @ {format_load(ramp.load_kg, units, lift.load_kind)}" if ramp.load_kg else "")
        return say.REST_OVER.format(next=say.REST_NEXT_RAMP.format(
            lift=lift.name, n=workout.set_index + 1, total=len(lift.ramps), what=what))
    n = workout.set_index + 1 if workout.phase is Phase.WORK else 1
    template = say.REST_NEXT_SET if n > 1 else say.REST_NEXT_LIFT
    return say.REST_OVER.format(next=template.format(lift=lift.name, n=n, total=lift.sets, what=planned_text(lift, units)))


async def rest_over(uow: UnitOfWork, delivery: Delivery, profile: Profile) -> Reply | None:
    """The push for a due rest row, or None when the rest was cut short, replaced, or the session ended."""
    workout = await uow.workouts.get(delivery.workout_id or 0)
    if workout is None or workout.status is not Status.ACTIVE or workout.rest_until is None:
        return None
    if abs(workout.rest_until - delivery.due_at) > _SAME_TIME:
        return None  # a later set started another rest; that one has its own row
    if (await uow.conversations.get(profile.user_id)).step is not Step.SET:
        return None  # another question is open (pain, a first load): a set push would talk past it
    text = rest_over_text(workout, profile.units)
    if text is None:
        return None
    return Reply(text, visibility=Visibility.PRIVATE, to_user_id=delivery.chat_id, to_user_name=profile.display_name)
