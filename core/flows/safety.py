"""The safety conversation: warning signs first, pain checks, pauses, /cleared and the morning check-in."""
from __future__ import annotations

import re
from dataclasses import replace

from core.conversation import ASKS_FOR_PAIN, Step
from core.safety.screening import Screening, Sign, Tier, screen as screen_text
from core.text import pauses
from core.text import safety as say
from core.turn import Turn
from core.flows import open_question
from core.flows.open_question import YES_NO
from core.flows.pain_questions import pain_buttons
from core.workout.model import SafetyEvent, Status

_YES = re.compile(r"^\s*(y|yes|yeah|yep|yup|i do|it is|correct|true)\b", re.I)
_NO = re.compile(r"^\s*(n|no|nope|nah|not really|i don'?t|it isn'?t|false)\b", re.I)
_MISTAKE = re.compile(r"\b(mistake|by accident|accident(al)?ly|typo|wrong (button|chat)|ignore (that|it)|didn'?t mean)\b", re.I)
PAIN_STEPS = ASKS_FOR_PAIN | {Step.PAIN_STOP}
# a rising trend said in words counts as the numbers' trend does (flows/pain.py): gentle mode as well
TREND_SIGNS = frozenset({Sign.WORSENING_PAIN.value, Sign.TWO_HIGH_SESSIONS.value})


async def screen(turn: Turn) -> bool:
    """Look for warning signs before anything else; True when the message was handled here."""
    found = screen_text(turn.incoming.text)
    if found.tier is Tier.MODIFY and not found.needs_confirmation and turn.conversation.step not in PAIN_STEPS:
        turn.say_personal(say.BACK_PAIN_ASK, pain_buttons())  # "my back hurts": get the 0-10 number
        return True
    if found.tier < Tier.PROVIDER:
        return False
    if found.needs_confirmation:
        if turn.conversation.step is Step.CONFIRM_SIGN:
            return False  # "no, no tingling" answers the open question
        await ask_confirmation(turn, found)
        return True
    await escalate(turn, found.tier, found.triggers)
    return True


async def ask_confirmation(turn: Turn, found: Screening, *, retract: bool = False) -> None:
    previous = turn.conversation
    heard = ", ".join(found.heard or found.triggers) or turn.incoming.text[:80]
    await turn.move_to(
        Step.CONFIRM_SIGN, tier=int(found.tier), certain=int(found.certain), triggers=list(found.triggers), heard=heard,
        resume_step=previous.step.value, resume_data=previous.data, retract=retract,
    )
    turn.say_personal(say.CONFIRM_SIGN.format(heard=heard), YES_NO)


async def answer_confirm_sign(turn: Turn) -> None:
    data = turn.conversation.data
    said = turn.said
    if _YES.match(said):
        if data.get("retract"):
            turn.say_personal(pauses.KEEPING_PAUSE)
            await turn.go_idle()
            return
        await escalate(turn, Tier(int(data["tier"])), tuple(data["triggers"]))
        return
    if _NO.match(said) and not _MISTAKE.search(said):
        if data.get("retract"):
            await _lift_pause(turn)
            turn.say_personal(pauses.PAUSE_LIFTED_AFTER_MISTAKE)
            await turn.go_idle()
            return
        if int(data.get("certain", 0)) >= Tier.PROVIDER:
            # "No" only answers the uncertain part; what was plainly stated still counts.
            await escalate(turn, Tier(int(data["certain"])), tuple(data["triggers"]))
            return
        turn.say_personal(say.CONFIRM_DENIED)
        await resume(turn, Step(str(data["resume_step"])), dict(data.get("resume_data") or {}))
        return
    # "that was a mistake" or anything unclear: ask again rather than silently carrying on.
    again = say.MISTAKE_REASK if _MISTAKE.search(said) else say.CONFIRM_ANSWER_YES_OR_NO
    turn.say_personal(again.format(heard=data.get("heard", "")), YES_NO)


async def escalate(turn: Turn, tier: Tier, triggers: tuple[str, ...]) -> None:
    """End the session, store the event, pause what the tier pauses, and say what to do."""
    workout = await turn.uow.workouts.active(turn.profile.user_id)
    if workout is not None:
        await turn.uow.workouts.save(replace(workout, status=Status.STOPPED_FOR_SAFETY, ended_at=turn.now))
    await turn.uow.safety.add(
        SafetyEvent(turn.profile.user_id, tier.name.lower(), triggers, turn.now, workout.id if workout else None,
                    turn.incoming.platform, turn.incoming.chat_kind.value)
    )
    paused_training = tier >= Tier.URGENT or turn.profile.training_paused
    gentle = turn.profile.gentle_mode or not TREND_SIGNS.isdisjoint(triggers)
    await turn.save_profile(
        replace(turn.profile, progression_paused=True, training_paused=paused_training, gentle_mode=gentle,
                pause_reason=_stronger(turn.profile.pause_reason, tier.name.lower()))
    )
    await turn.move_to(Step.IDLE, sign={"tier": int(tier), "triggers": list(triggers)})
    turn.escalated.append(tier.name.lower())
    if turn.in_group:
        turn.say(say.public_line(tier, turn.incoming.sender_name))
        turn.say_private(say.private_message(tier))
    else:
        turn.say(say.private_message(tier))


def _stronger(current: str, new: str) -> str:
    order = [t.name.lower() for t in Tier]
    if current in order and order.index(current) > order.index(new):
        return current
    return new


async def mistake_after_alarm(turn: Turn) -> bool:
    """After an alarm, "that was a mistake" re-asks the question instead of quietly resuming."""
    sign = turn.conversation.data.get("sign")
    if not sign or not _MISTAKE.search(turn.said):
        return False
    found = Screening(Tier(int(sign["tier"])), tuple(sign["triggers"]), True)
    await ask_confirmation(turn, found, retract=True)
    return True


async def _lift_pause(turn: Turn) -> None:
    await turn.save_profile(replace(turn.profile, progression_paused=False, training_paused=False, pause_reason=""))


async def resume(turn: Turn, step: Step, data: dict[str, object]) -> None:
    """Put the conversation back where it was and ask its question again, word for word."""
    if step is Step.IDLE or (step in (Step.SET, Step.FIRST_LOAD) and await turn.uow.workouts.active(turn.profile.user_id) is None):
        await turn.go_idle()
        return
    await turn.move_to(step, **data)
    await open_question.reask(turn)
