"""Where each lifter is in the conversation; stored with the user so a restart resumes it."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any


class Step(StrEnum):
    IDLE = "idle"
    ONBOARDING = "onboarding"  # data["question"]: which question is open
    SETTINGS = "settings"  # choosing which answer to change
    PAIN_BEFORE = "pain_before"  # /today asked how the back feels before training
    FIRST_LOAD = "first_load"  # asking which load the lifter will use on a new lift
    SET = "set"  # waiting for the current set's result
    PAIN_LIFT = "pain_lift"  # after a hinge lift: how does the back feel
    PAIN_STOP = "pain_stop"  # pain > 5 during a lift: gentler alternative or end
    PAIN_AFTER = "pain_after"  # the session is over: how does the back feel now
    CHECKIN = "checkin"  # next-morning check-in
    CONFIRM_SIGN = "confirm_sign"  # a possible warning sign was negated or asked about: yes/no
    CONFIRM_CLEARED = "confirm_cleared"  # /cleared: confirm a professional cleared them
    CONFIRM = "confirm"  # a generic yes/no owned by a feature (data["about"])
    CONFIRM_DELETE = "confirm_delete"  # /deleteme: the button that deletes everything


# The open questions whose answer is a 0-10 pain rating.
ASKS_FOR_PAIN = frozenset({Step.PAIN_BEFORE, Step.PAIN_LIFT, Step.PAIN_AFTER, Step.CHECKIN})


@dataclass(frozen=True)
class Conversation:
    user_id: int
    step: Step = Step.IDLE
    data: dict[str, Any] = field(default_factory=dict)
    platform: str = ""
    chat_id: str = ""
    chat_kind: str = "private"
    # Grows each time the coach moves the conversation on (asks something): a button carries the revision
    # of the question it answers, so a press on a question that has passed changes nothing.
    revision: int = 0

    def at(self, step: Step, **data: Any) -> Conversation:
        return replace(self, step=step, data=dict(data))

    def idle(self) -> Conversation:
        return replace(self, step=Step.IDLE, data={})
