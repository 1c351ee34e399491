"""Logging sets: the prompt for the current set, each reply, undo, skip, stop and the summary."""
from __future__ import annotations

from dataclasses import replace

from core.cards.session_card import what as set_words
from core.flows import pain_questions
from core.conversation import Step
from core.messages import Choice
from core.errors import BadInput
from core.flows.workout import rest
from core.parsing import SetAction, SetReply, parse_load, parse_set_reply
from core.text import general
from core.text import cards as card_say
from core.text import workout as say
from core.text.training import format_last_time, format_load
from core.training.bests import is_new_best
from core.training.catalogue import exercise
from core.training.ramps import ramps_for
from core.training import set_kinds
from core.training.plan import PastLift, PastSession, PastSet, PlannedLift, Slot, TrainingHistory
from core.turn import Turn
from core.workout.model import LoggedSet, Phase, Status, Workout


async def prompt_current(turn: Turn, workout: Workout) -> None:
    """Ask for whatever the session needs next: a first load, a warm-up set, a working set, or the end."""
    lift = workout.lift
    if lift is None:
        await finish(turn, workout)
        return
    turn.show_card(workout)
    units = turn.profile.units
    if lift.needs_first_load:
        await turn.move_to(Step.FIRST_LOAD, workout_id=workout.id)
        if lift.suggested_first_load_kg:
            suggestion = format_load(lift.suggested_first_load_kg, units, lift.load_kind)
            # The suggestion as a button: a whole session can be logged by taps.
            turn.ask(say.FIRST_LOAD_Q.format(lift=lift.name, suggestion=suggestion, example=suggestion), (Choice(suggestion, suggestion),))
        else:
            turn.ask(say.FIRST_LOAD_Q_NO_SUGGESTION.format(lift=lift.name))
        return
    await turn.move_to(Step.SET, workout_id=workout.id)
    if workout.phase is Phase.RAMP and workout.set_index < len(lift.ramps):
        ramp = lift.ramps[workout.set_index]
        load = f" @ {format_load(ramp.load_kg, units, lift.load_kind)}" if ramp.load_kg else ""
        note = f" ({ramp.note})" if ramp.note else ""
        text = say.RAMP_PROMPT.format(n=workout.set_index + 1, total=len(lift.ramps), lift=lift.name, reps=ramp.reps, load=load, note=note)
        turn.ask(text, (Choice("done", "done"), Choice("skip", "skip")))
        return
    if workout.phase is Phase.RAMP:
        workout = replace(workout, phase=Phase.WORK, set_index=0)
        await turn.uow.workouts.save(workout)
    target = set_kinds.target_text(lift)
    load = say.LIFT_LOAD.format(load=format_load(lift.load_kg, units, lift.load_kind)) if lift.load_kg else ""
    lines = [say.SET_PROMPT.format(lift=lift.name, n=workout.set_index + 1, total=lift.sets, target=target, load=load, side=say.PER_SIDE if lift.one_arm else "")]
    if workout.set_index == 0:
        last = await _last_time(turn, workout, lift)
        lines.append(format_last_time(last, units, lift.load_kind) if last else say.NO_LAST_TIME)
        if lift.progression_note and last:  # the note explains what changed since last time
            lines.append(lift.progression_note)
        lines.append(say.CUE_LINE.format(cue=lift.cue))
    lines.append(set_kinds.how_to_answer(lift))
    turn.ask("\n".join(lines), await _set_buttons(turn, workout, lift))


async def _last_time(turn: Turn, workout: Workout, lift: PlannedLift) -> PastLift | None:
    """The working sets of this lift from the most recent earlier session."""
    earlier = [s for s in await turn.uow.workouts.lift_sets(turn.profile.user_id, lift.key) if s.workout_id != workout.id]
    if not earlier:
        return None
    latest = earlier[-1].workout_id
    return PastLift(lift.key, tuple(_past(s) for s in earlier if s.workout_id == latest))


def _past(logged: LoggedSet) -> PastSet:
    return PastSet(logged.reps, logged.load_kg, logged.reps_right, logged.warmup, logged.failed, logged.seconds)


async def _set_buttons(turn: Turn, workout: Workout, lift: PlannedLift) -> tuple[Choice, ...]:
    """The set's quick answers; an as-many-as-you-can set offers rep numbers around what is likely today."""
    guess = None
    if set_kinds.kind_of(lift) is set_kinds.SetKind.AMRAP and workout.id is not None:
        today = [s.reps for s in await turn.uow.workouts.sets(workout.id) if s.lift_key == lift.key and not s.warmup]
        last = None if today else await _last_time(turn, workout, lift)  # today's sets say more than last time's
        guess = set_kinds.amrap_guess(lift, today, [s.reps for s in last.sets if not s.warmup] if last else [])
    return set_kinds.set_buttons(lift, guess)


async def answer_first_load(turn: Turn, workout: Workout) -> None:
    lift = workout.lift
    assert lift is not None
    turn.show_card(workout)
    load_kg = parse_load(turn.said, turn.profile.units)
    main_index = sum(1 for other in workout.plan.lifts[: workout.lift_index] if not other.finisher)
    # The ramp sets were planned from the suggestion; plan them again from the load actually chosen.
    ramps = () if lift.finisher else ramps_for(exercise(lift.key), load_kg or None, turn.profile.units, first=main_index == 0)
    workout = workout.with_lift(replace(lift, load_kg=load_kg or None, needs_first_load=False, ramps=ramps))
    await turn.uow.workouts.save(workout)
    turn.say(say.FIRST_LOAD_SET.format(lift=lift.name, load=format_load(load_kg, turn.profile.units, lift.load_kind)))
    await prompt_current(turn, workout)


async def answer_set(turn: Turn, workout: Workout, reply: SetReply | None = None, *, next_load: float | None = None) -> None:
    """Log the current set and move on; `next_load` changes the load of this lift's later sets (a cue)."""
    lift = workout.lift
    assert lift is not None
    turn.show_card(workout)
    ramp = workout.phase is Phase.RAMP and workout.set_index < len(lift.ramps)
    if ramp:
        reply = reply or parse_set_reply(turn.said, turn.profile.units)
    else:
        reply = set_kinds.fit_reply(lift, reply) if reply else set_kinds.parse_answer(lift, turn.said, turn.profile.units)
    workout = await rest.cancel(turn, workout)  # answering the next set ends the rest before it
    if reply.action is SetAction.SKIP:
        turn.card_change = card_say.CHANGE_SKIPPED
    else:
        if not ramp and reply.load_kg is not None and reply.load_kg != lift.load_kg:
            # A working set done at another load: later sets of this lift default to it.
            workout = workout.with_lift(replace(lift, load_kg=reply.load_kg))
            lift = workout.plan.lifts[workout.lift_index]
        logged = await _store(turn, workout, lift, reply, ramp)
        what = describe(logged, turn, lift)
        # The card shows the set among those logged; this line is the toast and the console's card line.
        if ramp:
            turn.card_change = card_say.CHANGE_RAMP.format(n=logged.set_number, what=what)
        else:
            turn.card_change = card_say.CHANGE_LOGGED.format(lift=lift.name, n=logged.set_number, total=lift.sets, what=what)
            workout = await rest.start(turn, workout, lift, logged)
    if next_load is not None and not ramp:
        workout = workout.with_lift(replace(lift, load_kg=next_load))
    await advance(turn, replace(workout, set_index=workout.set_index + 1))


async def _store(turn: Turn, workout: Workout, lift: PlannedLift, reply: SetReply, ramp: bool) -> LoggedSet:
    assert workout.id is not None
    planned_reps = lift.ramps[workout.set_index].reps if ramp else (lift.target_reps or 0)
    planned_load = lift.ramps[workout.set_index].load_kg if ramp else lift.load_kg
    timed = not ramp and set_kinds.kind_of(lift) is set_kinds.SetKind.TIMED
    seconds = (reply.seconds or planned_reps) if timed else None  # "done" on a timed set: the target time
    reps = 0 if timed else planned_reps if reply.action is SetAction.DONE else (reply.reps or 0)
    if not timed and reps <= 0 and not reply.failed:
        raise BadInput(general.ZERO_REPS)  # the root guard: no path may log a set of 0 reps
    right = reply.reps_right if reply.reps_right is not None else (reps if lift.one_arm else None)
    load = reply.load_kg if reply.load_kg is not None else planned_load
    if not ramp and reps and (load or 0) > 0:
        earlier = await turn.uow.workouts.lift_sets(turn.profile.user_id, lift.key)
        history = TrainingHistory((PastSession(workout.day, (PastLift(lift.key, tuple(_past(s) for s in earlier)),)),))
        if earlier and is_new_best(lift.key, history, load or 0.0, min(reps, right) if right is not None else reps):
            turn.say(say.NEW_BEST.format(lift=lift.name, what=_what(reps, right, load, turn, lift)))
    return await turn.uow.workouts.add_set(
        LoggedSet(None, workout.id, turn.profile.user_id, lift.key, lift.slot.value, workout.set_index + 1, ramp, reps, right, load, reply.failed, turn.now, seconds)
    )


async def advance(turn: Turn, workout: Workout) -> None:
    lift = workout.lift
    assert lift is not None
    if workout.phase is Phase.WORK and workout.set_index >= lift.sets:
        workout = replace(workout, lift_index=workout.lift_index + 1, set_index=0, phase=Phase.RAMP)
        await turn.uow.workouts.save(workout)
        if lift.slot is Slot.HINGE:
            turn.show_card(workout)  # the pain question is asked on the card
            await pain_questions.ask_pain_after_lift(turn, workout, lift)
            return
    else:
        await turn.uow.workouts.save(workout)
    await prompt_current(turn, workout)


async def skip_lift(turn: Turn, workout: Workout) -> None:
    lift = workout.lift
    if lift is None:
        await finish(turn, workout)
        return
    turn.show_card(workout)
    turn.say(say.SKIPPED_LIFT.format(lift=lift.name))
    workout = await rest.cancel(turn, workout)
    workout = replace(workout, lift_index=workout.lift_index + 1, set_index=0, phase=Phase.RAMP)
    await turn.uow.workouts.save(workout)
    await prompt_current(turn, workout)


async def undo(turn: Turn, workout: Workout) -> None:
    assert workout.id is not None
    logged = await turn.uow.workouts.sets(workout.id)
    if not logged:
        turn.say(say.NOTHING_TO_UNDO)
        return
    turn.show_card(workout)
    last = logged[-1]
    await turn.uow.workouts.remove_set(last.id or 0)
    index = next((i for i, lift in enumerate(workout.plan.lifts) if lift.key == last.lift_key), workout.lift_index)
    workout = await rest.cancel(turn, workout)
    workout = replace(workout, lift_index=index, set_index=last.set_number - 1, phase=Phase.RAMP if last.warmup else Phase.WORK)
    await turn.uow.workouts.save(workout)
    lift = workout.plan.lifts[index]
    turn.say(say.UNDONE.format(what=_what(last.reps, last.reps_right, last.load_kg, turn, lift, last.seconds), lift=lift.name))
    await prompt_current(turn, workout)


async def stop(turn: Turn, workout: Workout) -> None:
    assert workout.id is not None
    working = [s for s in await turn.uow.workouts.sets(workout.id) if not s.warmup]
    workout = await rest.cancel(turn, workout)
    workout = replace(workout, status=Status.PARTIAL, ended_at=turn.now)
    await turn.uow.workouts.save(workout)
    turn.show_card(workout, closed=True)
    if not working:
        await turn.go_idle()
        turn.say(say.STOPPED_NOTHING)
        return
    turn.say(say.STOPPED.format(count=len(working)))
    await pain_questions.ask_pain_after_session(turn, workout)


async def finish(turn: Turn, workout: Workout) -> None:
    assert workout.id is not None
    workout = await rest.cancel(turn, workout)
    workout = replace(workout, status=Status.DONE, ended_at=turn.now)
    await turn.uow.workouts.save(workout)
    turn.show_card(workout, closed=True)
    turn.say_personal(await summary(turn, workout))  # loads and reps: personal, so private when in a group
    await pain_questions.ask_pain_after_session(turn, workout)


async def summary(turn: Turn, workout: Workout) -> str:
    assert workout.id is not None
    working = [s for s in await turn.uow.workouts.sets(workout.id) if not s.warmup]
    lifts = [lift for lift in workout.plan.lifts if any(s.lift_key == lift.key for s in working)]
    lines = [say.SUMMARY_HEADER.format(lifts=len(lifts), sets=len(working))]
    for lift in lifts:
        done = [s for s in working if s.lift_key == lift.key]
        lines.append(say.SUMMARY_LINE.format(lift=lift.name, sets=", ".join(_what(s.reps, s.reps_right, s.load_kg, turn, lift, s.seconds) for s in done)))
    lines += ["", say.COOLDOWN_HEADER] + [f"• {item}" for item in workout.plan.cooldown]
    return "\n".join(lines)


def describe(logged: LoggedSet, turn: Turn, lift: PlannedLift) -> str:
    return _what(logged.reps, logged.reps_right, logged.load_kg, turn, lift, logged.seconds) + (say.FAILED_MARK if logged.failed else "")


def _what(reps: int, right: int | None, load: float | None, turn: Turn, lift: PlannedLift, seconds: int | None = None) -> str:
    return set_words(reps, right, load, turn.profile.units, lift.load_kind, seconds)
