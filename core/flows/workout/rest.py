"""The rest between sets: started after a working set, pushed when over, cancelled by the next answer; /rest."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from core.errors import BadInput
from core.reminders.model import Delivery, Kind, dedupe_key, user_owner
from core.text import sets as say
from core.training.plan import PlannedLift, Slot
from core.training.rest import DEFAULT_REST, HEAVY_HINGE_REST, MAX_REST, MIN_REST, rest_after, time_text
from core.training.set_kinds import parse_duration
from core.turn import Turn
from core.workout.model import LoggedSet, Workout


def _next_is_a_set(workout: Workout, lift: PlannedLift) -> bool:
    """After this working set, is the next question another set? Not after a hinge (pain is asked), nor at the end."""
    if workout.set_index + 1 < lift.sets:
        return True
    if lift.slot is Slot.HINGE:
        return False
    following = workout.plan.lifts[workout.lift_index + 1:]
    return bool(following) and not following[0].needs_first_load


async def start(turn: Turn, workout: Workout, lift: PlannedLift, logged: LoggedSet) -> Workout:
    """Start the rest after `logged` and queue its push; the caller saves the returned workout."""
    seconds = rest_after(lift, turn.profile)
    if seconds is None or workout.id is None or not _next_is_a_set(workout, lift):
        return workout
    until = turn.now + timedelta(seconds=seconds)
    if not turn.in_group:  # in a group the card shows the rest; a push per set would flood the chat
        owner = user_owner(turn.profile.user_id)
        key = dedupe_key(owner, Kind.REST, workout.day, f"{workout.id}.{logged.id}")
        await turn.uow.reminders.enqueue(Delivery(
            None, owner, Kind.REST, turn.incoming.platform, turn.incoming.sender_id, until, key,
            turn.profile.user_id, workout_id=workout.id,
        ))
    return replace(workout, rest_until=until)


async def cancel(turn: Turn, workout: Workout) -> Workout:
    """End a running rest (the next set came early, a lift was skipped, the session stopped); the caller saves."""
    if workout.rest_until is None:
        return workout
    if turn.now < workout.rest_until:
        await turn.uow.reminders.cancel(user_owner(turn.profile.user_id), Kind.REST, turn.now)
    # A rest already over needs no statement: its push is sent, or finds rest_until cleared and is dropped.
    return replace(workout, rest_until=None)


async def rest_command(turn: Turn, argument: str) -> None:
    """/rest shows the rest, /rest 90 (or 2:00) sets one time for every lift, /rest off and /rest auto."""
    said = argument.strip().lower()
    profile = turn.profile
    if not said:
        if profile.rest_seconds == 0:
            turn.say(say.REST_SHOW_OFF)
        elif profile.rest_seconds is not None:
            turn.say(say.REST_SHOW_FIXED.format(time=time_text(profile.rest_seconds)))
        else:
            turn.say(say.REST_SHOW_AUTO.format(
                vertical=time_text(DEFAULT_REST[Slot.VERTICAL_PULL]),
                hinge=time_text(DEFAULT_REST[Slot.HINGE], HEAVY_HINGE_REST),
                row=time_text(DEFAULT_REST[Slot.ROW_1]), finisher=time_text(DEFAULT_REST[Slot.GRIP]),
            ))
        return
    if said in ("off", "no", "none", "0"):
        await turn.save_profile(replace(profile, rest_seconds=0))
        turn.say(say.REST_SET_OFF)
        return
    if said in ("auto", "default", "on", "per lift"):
        await turn.save_profile(replace(profile, rest_seconds=None))
        turn.say(say.REST_SET_AUTO)
        return
    seconds = parse_duration(said)
    if seconds is None:
        raise BadInput(say.REST_HINT)
    if not MIN_REST <= seconds <= MAX_REST:
        raise BadInput(say.REST_RANGE.format(low=MIN_REST, high=MAX_REST))
    await turn.save_profile(replace(profile, rest_seconds=seconds))
    turn.say(say.REST_SET_FIXED.format(time=time_text(seconds)))
