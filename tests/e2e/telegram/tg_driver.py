"""A new user's hand on the real coach: answer whatever it asks until it stops asking."""
from __future__ import annotations

from core.text import onboarding, workout
from tg_emulator import BotMessage, Chat, Person


def _starts(message: BotMessage, template: str) -> bool:
    return message.text.startswith(template.split("{")[0])


async def answer(
    chat: Chat, who: Person, last: BotMessage, *, typed: bool, in_group: bool = False, level: int = 0
) -> str:
    """Answer the coach's last message: "typed" or "pressed", or "" when it asked nothing.
    `level`: the training-level choice (0 new, 1 returning, 2 experienced: more sets)."""
    reply_to = last if in_group else None
    if last.buttons:
        payloads = last.payloads
        if _starts(last, onboarding.LEVEL_Q):
            choice = payloads[level]
        elif _starts(last, onboarding.EQUIPMENT_PICKED):
            choice = "done"
        elif _starts(last, onboarding.SCREEN_Q):
            choice = payloads[-1]  # none of these apply
        elif _starts(last, workout.SET_PROMPT) and "10" in payloads:
            choice = "10"
        else:
            choice = payloads[0]
        if typed and choice != "done":
            await chat.say(who, choice, reply_to=reply_to)
            return "typed"
        await chat.press(who, last, choice)
        return "pressed"
    if "What load will you use?" in last.text:
        await chat.say(who, "10", reply_to=reply_to)
        return "typed"
    return ""


async def converse(chat: Chat, who: Person, opening: str, *, typed_every: int = 0, limit: int = 60, in_group: bool = False) -> list[BotMessage]:
    """Say `opening`, then answer until the coach stops asking; every `typed_every`-th answer is typed."""
    await chat.say(who, opening)
    transcript: list[BotMessage] = []
    for turn in range(limit):
        batch = await chat.rest(quiet=0.5)
        if in_group:
            batch = [m for m in batch if not m.mentioned or str(who.id) in m.mentioned]
        if not batch:
            return transcript
        transcript.extend(batch)
        typed = bool(typed_every) and turn % typed_every == 0
        if not await answer(chat, who, batch[-1], typed=typed, in_group=in_group):
            return transcript
    raise AssertionError("the coach kept asking")
