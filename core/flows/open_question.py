"""The open question of a conversation: which ones the safety rules keep open, and asking one again.

A pain question or a warning-sign yes/no must not be walked past: a command that would move the
session on asks it again instead. Looking things up (/history, /help …) works, then asks it again.
The state lives in the stored conversation, so this holds across a restart too.
"""
from __future__ import annotations

from dataclasses import replace

from core.conversation import ASKS_FOR_PAIN, Step
from core.flows import onboarding
from core.flows.pain_questions import pain_buttons
from core.flows.workout import sets
from core.messages import Choice
from core.text import flows as say
from core.text import pauses
from core.text import safety as safety_text
from core.text import workout as workout_text
from core.training.catalogue import exercise
from core.turn import Turn
from core.workout.model import Status

YES_NO = (Choice(safety_text.CONFIRM_YES, "yes"), Choice(safety_text.CONFIRM_NO, "no"))
# Questions the safety rules require: open until answered or the session is stopped.
REQUIRED = frozenset({Step.PAIN_BEFORE, Step.PAIN_LIFT, Step.PAIN_STOP, Step.PAIN_AFTER, Step.CONFIRM_SIGN})
# Commands that only show something: they run at any question, which is then asked again.
LOOKS = frozenset({"help", "history", "bests", "progress", "export"})
# Commands that always work, whatever is open.
ALWAYS = frozenset({"stop", "deleteme"})


def blocks(step: Step, name: str) -> bool:
    """True when command `name` must wait for the open question to be answered."""
    answers_it = name == "pain" and step in ASKS_FOR_PAIN
    return step in REQUIRED and name not in LOOKS | ALWAYS and not answers_it


async def ask_first(turn: Turn) -> None:
    """A command that would move on while a required question is open: ask the question again."""
    turn.say(say.ANSWER_FIRST)
    await reask(turn)


async def reask(turn: Turn) -> None:
    """Ask the open question again (nothing when no question is open)."""
    step, data = turn.conversation.step, turn.conversation.data
    if step is Step.ONBOARDING:
        await onboarding.ask(turn, str(data["question"]), settings=bool(data.get("settings")), picked=tuple(data.get("picked", [])))
        return
    if step in (Step.SET, Step.FIRST_LOAD):
        workout = await turn.uow.workouts.active(turn.profile.user_id)
        if workout is not None:
            await sets.prompt_current(turn, workout)
        return
    if step is Step.CONFIRM_SIGN:
        turn.say_personal(safety_text.CONFIRM_ANSWER_YES_OR_NO.format(heard=data.get("heard", "")), YES_NO)
        return
    if step is Step.PAIN_STOP:
        turn.ask(pauses.STOP_CHOICE_HINT, await _stop_choices(turn))
        return
    if step in ASKS_FOR_PAIN:
        turn.ask(await _pain_question(turn), pain_buttons())


async def _pain_question(turn: Turn) -> str:
    step, data = turn.conversation.step, turn.conversation.data
    if step is Step.PAIN_BEFORE:
        return safety_text.ASK_PAIN_BEFORE
    if step is Step.PAIN_AFTER:
        return safety_text.ASK_PAIN_AFTER_SESSION
    if step is Step.CHECKIN:
        return safety_text.ASK_PAIN_MORNING.format(name=turn.profile.display_name)
    key = str(data.get("lift_key") or "")
    workout = await turn.uow.workouts.get(int(data.get("workout_id") or 0))
    planned = next((lift for lift in (workout.plan.lifts if workout else ()) if lift.key == key), None)
    name = planned.name if planned else (exercise(key).name if key else "")
    return safety_text.ASK_PAIN_AFTER_LIFT.format(lift=name) if name else pauses.PAIN_AGAIN


async def _stop_choices(turn: Turn) -> tuple[Choice, ...]:
    choices: tuple[Choice, ...] = (Choice(pauses.CARRY_ON_BUTTON, "carry on"), Choice(safety_text.CHOICE_END_SESSION, "end"))
    workout = await turn.uow.workouts.active(turn.profile.user_id)
    lift = workout.lift if workout else None
    gentler = exercise(lift.key).gentler if lift and not turn.conversation.data.get("finished") else None
    if gentler:
        alternative = exercise(gentler).name
        choices = (Choice(safety_text.CHOICE_GENTLER.format(alternative=alternative), "gentler"),) + choices
    return choices


async def stop(turn: Turn) -> bool:
    """/stop at a question no running session owns; True when it was handled here."""
    step = turn.conversation.step
    if step is Step.PAIN_BEFORE:
        await turn.go_idle()
        turn.say(say.STOPPED_BEFORE_START)
        return True
    if step is Step.PAIN_AFTER:
        await turn.go_idle()
        turn.say_personal(say.STOPPED_AFTER_SESSION)
        return True
    if step is Step.CONFIRM_SIGN:
        await _stop_under_confirmation(turn)
        return True
    if step in _CLOSED_BY_STOP and await turn.uow.workouts.active(turn.profile.user_id) is None:
        await turn.go_idle()  # no session to stop: /stop closes the question instead of leaving it open
        turn.say(say.QUESTION_CLOSED)
        return True
    return False


# Questions outside a session that /stop closes (during a session, /stop ends the session as usual).
_CLOSED_BY_STOP = frozenset({Step.CHECKIN, Step.SETTINGS, Step.CONFIRM, Step.CONFIRM_CLEARED, Step.CONFIRM_DELETE, Step.ONBOARDING})


async def _stop_under_confirmation(turn: Turn) -> None:
    """/stop while the warning-sign yes/no is open: end the session, keep the yes/no open."""
    data = dict(turn.conversation.data)
    workout = await turn.uow.workouts.active(turn.profile.user_id)
    resume: tuple[str, dict[str, object]] = (Step.IDLE.value, {})
    if workout is not None and workout.id is not None:
        working = [s for s in await turn.uow.workouts.sets(workout.id) if not s.warmup]
        await turn.uow.workouts.save(replace(workout, status=Status.PARTIAL, ended_at=turn.now))
        if working:
            resume = (Step.PAIN_AFTER.value, {"workout_id": workout.id})
        turn.say(workout_text.STOPPED.format(count=len(working)) if working else workout_text.STOPPED_NOTHING)
    else:
        turn.say(say.STOPPED_BEFORE_START if data.get("resume_step") == Step.PAIN_BEFORE.value else say.NOTHING_TO_STOP)
    data["resume_step"], data["resume_data"] = resume
    await turn.move_to(Step.CONFIRM_SIGN, **data)
    await reask(turn)


async def resume(turn: Turn, step: str, data: dict[str, object]) -> None:
    """Go back to a question that was open before a nested one (e.g. /deleteme → keep)."""
    await turn.move_to(Step(step), **data)
    await reask(turn)
