"""Which function answers which command and which open question."""
from __future__ import annotations

from collections.abc import Awaitable, Callable

from core.flows import onboarding, pain as pain_flow, safety as safety_flow
from core.conversation import Step
from core.flows import schedules as reminder_commands
from core.turn import Turn
from core.flows.workout import commands as workout_commands
from core.flows.workout import session as flow
from core.flows.data import deletion, files, linking
from core.flows.data import history as progress_history

CommandHandler = Callable[[Turn, str], Awaitable[None]]
StepHandler = Callable[[Turn], Awaitable[None]]


async def _start(turn: Turn, _: str) -> None:
    await onboarding.start(turn)


async def _settings(turn: Turn, _: str) -> None:
    await onboarding.open_settings(turn)


async def _today(turn: Turn, argument: str) -> None:
    choice = argument.strip().lower()
    if await pain_flow.blocks_training(turn, choice):
        return
    await flow.today(turn, upper_back_only=choice == "grip" and pain_flow.back_loading_paused(turn.profile))


COMMAND_HANDLERS: dict[str, CommandHandler] = {
    "start": _start,
    "settings": _settings,
    "today": _today,
    "log": workout_commands.log,
    "undo": workout_commands.undo,
    "skip": workout_commands.skip,
    "swap": workout_commands.swap,
    "stop": workout_commands.stop,
    "history": progress_history.show_history,
    "bests": progress_history.show_bests,
    "progress": files.show_progress,
    "export": files.export,
    "deleteme": deletion.ask_delete,
    "link": linking.link,
    "unlink": linking.unlink,
    "pain": pain_flow.report_pain,
    "checkin": pain_flow.checkin,
    "cleared": pain_flow.cleared,
    "schedule": reminder_commands.schedule,
    "remindme": reminder_commands.remindme,
    "pause": reminder_commands.pause,
    "resume": reminder_commands.resume,
    "snooze": reminder_commands.snooze,
    "skipweek": reminder_commands.skip_week,
}

# Commands that work before onboarding is finished.
OPEN_COMMANDS = frozenset({"start", "help", "settings", "deleteme"})

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
    Step.CONFIRM_DELETE: deletion.answer_delete,
}
