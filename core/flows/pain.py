"""Pain on the 0-10 scale: before, during and after a session, the next morning, and across sessions."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

from core.conversation import Step
from core.messages import Choice
from core.model import BackStatus, Profile
from core.safety.pain import DuringLift, SessionPain, decide_during, decide_morning, decide_trend, needs_morning_checkin, parse_pain
from core.flows.pain_questions import pain_buttons
from core.flows import open_question
from core.text import pauses
from core.text import safety as say
from core.text.workout import PAIN_HINT
from core.training.catalogue import exercise
from core.training.plan import PlannedLift
from core.turn import Turn
from core.flows.workout import sets
from core.workout.model import PainReport, Workout

CHECKIN_HOUR = 8


def say_rest_today(turn: Turn) -> None:
    turn.say_personal(say.REST_TODAY)


def say_gentle_today(turn: Turn) -> None:
    turn.say_personal(say.GENTLE_TODAY)


async def answer_pain_lift(turn: Turn) -> None:
    pain = parse_pain(turn.said, expecting=True)
    workout = await turn.uow.workouts.active(turn.profile.user_id)
    if pain is None or workout is None:
        turn.ask(PAIN_HINT, pain_buttons())
        return
    lift_key = str(turn.conversation.data.get("lift_key", ""))
    await turn.uow.pain.add(PainReport(turn.profile.user_id, pain, "lift", turn.now, workout.id, lift_key or None))
    await _apply_during(turn, workout, pain, finished_lift=True)


async def report_pain(turn: Turn, argument: str) -> None:
    """/pain N at any time: recorded, and applied to the lift in progress."""
    pain = parse_pain(f"pain {argument}" if argument else turn.said, expecting=True)
    if pain is None:
        turn.ask(PAIN_HINT, pain_buttons())
        return
    await record_volunteered(turn, pain)


async def volunteered_pain(turn: Turn) -> bool:
    """"pain 6" typed in the middle of anything counts as a pain report."""
    pain = parse_pain(turn.said, expecting=False)
    if pain is None:
        return False
    await record_volunteered(turn, pain)
    return True


async def record_volunteered(turn: Turn, pain: int) -> None:
    workout = await turn.uow.workouts.active(turn.profile.user_id)
    lift, finished = await _lift_in_progress(turn, workout) if workout else (None, False)
    await turn.uow.pain.add(
        PainReport(turn.profile.user_id, pain, "lift" if lift else "any", turn.now, workout.id if workout else None, lift.key if lift else None)
    )
    if workout is None or workout.lift is None:
        turn.say_personal(pauses.PAIN_NOTED_OUTSIDE.format(value=pain) if pain < 7 else say.REST_TODAY)
        return
    await _apply_during(turn, workout, pain, finished_lift=finished, done_lift=lift if finished else None)


async def _lift_in_progress(turn: Turn, workout: Workout) -> tuple[PlannedLift | None, bool]:
    """The lift a pain report belongs to, and whether it is done. A lift not started yet (its load is
    being asked, no set logged) has no pain of its own: it goes to the lift just done, or the session."""
    lift = workout.lift
    logged = await turn.uow.workouts.sets(workout.id or 0)
    if lift is not None and any(s.lift_key == lift.key and s.slot == lift.slot.value for s in logged):
        return lift, False
    done_keys = {(s.lift_key, s.slot) for s in logged}
    earlier = [p for p in workout.plan.lifts[: workout.lift_index] if (p.key, p.slot.value) in done_keys]
    return (earlier[-1], True) if earlier else (None, False)


async def _apply_during(turn: Turn, workout: Workout, pain: int, *, finished_lift: bool, done_lift: PlannedLift | None = None) -> None:
    decision = decide_during(pain)
    just_done = done_lift or (workout.plan.lifts[workout.lift_index - 1] if finished_lift and workout.lift_index else None)
    if decision is DuringLift.STOP_LIFT:
        lift = just_done if finished_lift else workout.lift
        gentler_key = exercise(lift.key).gentler if lift and not finished_lift else None
        name = lift.name if lift else ""
        await turn.move_to(Step.PAIN_STOP, workout_id=workout.id, finished=finished_lift)
        choices: tuple[Choice, ...] = (Choice(pauses.CARRY_ON_BUTTON, "carry on"), Choice(say.CHOICE_END_SESSION, "end"))
        if gentler_key:
            alternative = exercise(gentler_key).name
            choices = (Choice(say.CHOICE_GENTLER.format(alternative=alternative), "gentler"),) + choices
            turn.ask(say.DURING_STOP.format(lift=name, alternative=alternative), choices)
        else:
            turn.ask(say.DURING_STOP_NO_ALTERNATIVE.format(lift=name), choices)
        return
    lift_name = ((just_done if finished_lift else None) or workout.lift or workout.plan.lifts[-1]).name
    careful = decision is DuringLift.CAREFUL_NO_INCREASE
    turn.say_personal(say.DURING_CAREFUL.format(lift=lift_name) if careful else say.DURING_FINE)
    if turn.conversation.step in (Step.SET, Step.FIRST_LOAD, Step.PAIN_LIFT):
        await sets.prompt_current(turn, workout)
    elif turn.conversation.step is Step.PAIN_STOP:
        await open_question.reask(turn)  # a low number does not answer "gentler, carry on or end"


async def answer_pain_stop(turn: Turn) -> None:
    workout = await turn.uow.workouts.active(turn.profile.user_id)
    said = turn.said.lower()
    if workout is None:
        await turn.go_idle()
        return
    if said.startswith("end") or said == "/stop":
        await sets.stop(turn, workout)
        return
    lift = workout.lift
    if said.startswith("gentler") and lift is not None and not turn.conversation.data.get("finished"):
        await _swap_to_gentler(turn, workout, lift)
        return
    if said.startswith(("carry", "continue", "next")):
        if lift is not None and not turn.conversation.data.get("finished"):
            await sets.skip_lift(turn, workout)  # stop that lift, keep the rest of the session
        else:
            await sets.prompt_current(turn, workout)
        return
    turn.ask(pauses.STOP_CHOICE_HINT)


async def _swap_to_gentler(turn: Turn, workout: Workout, lift: PlannedLift) -> None:
    gentler = exercise(exercise(lift.key).gentler or lift.key)
    planned = replace(
        lift, key=gentler.key, name=gentler.name, load_kind=gentler.load_kind, one_arm=gentler.one_arm,
        rep_low=gentler.rep_low, rep_high=gentler.rep_high, target_reps=None if gentler.amrap else gentler.rep_low,
        load_kg=None, needs_first_load=gentler.load_kind.value in {"per_dumbbell", "barbell_total"},
        cue=gentler.cue, ramps=(), progression_note="",
    )
    workout = workout.with_lift(planned)
    await turn.uow.workouts.save(workout)
    turn.say(pauses.SWAPPED_TO_GENTLER.format(lift=gentler.name))
    await sets.prompt_current(turn, workout)


async def answer_pain_after(turn: Turn) -> None:
    pain = parse_pain(turn.said, expecting=True)
    workout = await turn.uow.workouts.get(int(turn.conversation.data.get("workout_id") or 0))
    if pain is None or workout is None:
        turn.ask(PAIN_HINT, pain_buttons())
        return
    await turn.uow.pain.add(PainReport(turn.profile.user_id, pain, "after", turn.now, workout.id))
    due = _next_morning(turn) if needs_morning_checkin(pain) else None
    await turn.uow.workouts.save(replace(workout, pain_after=pain, checkin_due_at=due))
    await turn.go_idle()
    turn.say_personal(say.AFTER_SESSION_CHECKIN if due else say.AFTER_SESSION_OK)
    await _check_trend(turn)


def _next_morning(turn: Turn) -> datetime:
    local = turn.now.astimezone(turn.zone)
    morning = datetime.combine(local.date() + timedelta(days=1), time(CHECKIN_HOUR), tzinfo=turn.zone)
    return morning.astimezone(turn.now.tzinfo)


async def _check_trend(turn: Turn) -> None:
    finished = list(reversed(await turn.uow.workouts.finished(turn.profile.user_id, limit=3)))
    peaks: dict[int, int] = {}
    for report in await turn.uow.pain.of_user(turn.profile.user_id):
        if report.workout_id is not None:
            peaks[report.workout_id] = max(peaks.get(report.workout_id, 0), report.value)
    history = [SessionPain(w.pain_before, w.pain_after, peaks.get(w.id or 0)) for w in finished]
    if decide_trend(history) and not turn.profile.pause_reason:
        await turn.save_profile(replace(turn.profile, gentle_mode=True, pause_reason="trend"))
        turn.say_personal(say.TREND_PROVIDER)


async def checkin(turn: Turn, argument: str) -> None:
    workout = await turn.uow.workouts.checkin_due(turn.profile.user_id)
    if workout is None:
        turn.say_personal(pauses.NO_CHECKIN_DUE)
        return
    await turn.move_to(Step.CHECKIN, workout_id=workout.id)
    if argument:
        await answer_checkin(turn, f"pain {argument}")
        return
    turn.ask(say.ASK_PAIN_MORNING.format(name=turn.profile.display_name), pain_buttons())


async def answer_checkin(turn: Turn, said: str | None = None) -> None:
    pain = parse_pain(said or turn.said, expecting=True)
    workout = await turn.uow.workouts.get(int(turn.conversation.data.get("workout_id") or 0))
    if pain is None or workout is None:
        turn.ask(PAIN_HINT, pain_buttons())
        return
    reduce = decide_morning(workout.pain_before or 0, pain)
    await turn.uow.workouts.save(replace(workout, checkin_pain=pain, reduce_next=reduce))
    await turn.uow.pain.add(PainReport(turn.profile.user_id, pain, "morning", turn.now, workout.id))
    await turn.go_idle()
    turn.say_personal(say.MORNING_HIGHER if reduce else say.MORNING_SETTLED)


def back_loading_paused(profile: Profile) -> bool:
    """A provider-tier sign: no back loading until /cleared; upper back and grip are still fine."""
    return profile.progression_paused and profile.pause_reason == "provider"


async def blocks_training(turn: Turn, choice: str) -> bool:
    """/today while paused: say why, and offer only what is allowed (`choice` is "grip" or "rest")."""
    profile = turn.profile
    if profile.training_paused:
        turn.say_personal(pauses.PAUSED_NO_TRAINING)
        return True
    if back_loading_paused(profile):
        if choice == "grip":
            return False
        if choice == "rest":
            turn.say_personal(pauses.RESTING)
            return True
        options = (Choice(say.CHOICE_UPPER_BACK_AND_GRIP, "/today grip"), Choice(say.CHOICE_REST, "/today rest"))
        turn.say_personal(pauses.PAUSED_BACK_LOADING, options)
        return True
    return False


async def cleared(turn: Turn, _: str) -> None:
    profile = turn.profile
    if not (profile.training_paused or profile.progression_paused or profile.pause_reason):
        turn.say_personal(pauses.NOTHING_TO_CLEAR)
        return
    await turn.move_to(Step.CONFIRM_CLEARED)
    turn.say_personal(say.CLEARED_ASK, open_question.YES_NO)


async def answer_confirm_cleared(turn: Turn) -> None:
    if turn.said.lower().startswith(("y", "yes")):
        onboarding_gentle = turn.profile.back_status is BackStatus.ONGOING or bool(turn.profile.screen_yes)
        await turn.save_profile(replace(turn.profile, training_paused=False, progression_paused=False, pause_reason="", gentle_mode=onboarding_gentle))
        turn.say_personal(pauses.CLEARED_DONE)
    else:
        turn.say_personal(pauses.CLEARED_NOT_YET)
    await turn.go_idle()
