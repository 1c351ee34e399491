"""Which function answers which command and which open question."""
from __future__ import annotations

from collections.abc import Awaitable, Callable

from core import onboarding, pain_flow, safety_flow
from core.conversation import Step
from core.turn import Turn
from core.workout import commands as workout_commands
from core.workout import flow
from core.workout.history import show_history

CommandHandler = Callable[[Turn, str], Awaitable[None]]
StepHandler = Callable[[Turn], Awaitable[None]]


async def _start(turn: Turn, _: str) -> None:
    await onboarding.start(turn)


async def _settings(turn: Turn, _: str) -> None:
    await onboarding.open_settings(turn)


async def _today(turn: Turn, _: str) -> None:
    if await pain_flow.blocks_training(turn):
        return
    await flow.today(turn)


COMMAND_HANDLERS: dict[str, CommandHandler] = {
    "start": _start,
    "settings": _settings,
    "today": _today,
    "log": workout_commands.log,
    "undo": workout_commands.undo,
    "skip": workout_commands.skip,
    "swap": workout_commands.swap,
    "stop": workout_commands.stop,
    "history": show_history,
    "pain": pain_flow.report_pain,
    "checkin": pain_flow.checkin,
    "cleared": pain_flow.cleared,
}

# Commands that work before onboarding is finished.
OPEN_COMMANDS = frozenset({"start", "help", "settings"})

STEP_HANDLERS: dict[Step, StepHandler] = {
    Step.ONBOARDING: onboarding.answer,
    Step.SETTINGS: onboarding.choose_setting,
    Step.PAIN_BEFORE: flow.answer_pain_before,
    Step.FIRST_LOAD: workout_commands.answer_first_load,
    Step.SET: workout_commands.answer_set,
    Step.PAIN_LIFT: pain_flow.answer_pain_lift,
    Step.PAIN_STOP: pain_flow.answer_pain_stop,
    Step.PAIN_AFTER: pain_flow.answer_pain_after,
    Step.CHECKIN: pain_flow.answer_checkin,
    Step.CONFIRM_SIGN: safety_flow.answer_confirm_sign,
    Step.CONFIRM_CLEARED: pain_flow.answer_confirm_cleared,
}
