"""Logging a session on the living card by taps, as a phone user would, and reading what the bot did."""
from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from core.text import onboarding
from tg_emulator import BotMessage, Chat, Person


def choose(card: BotMessage, level: int = 2) -> str:
    """The button a lifter taps: "10" on a set, done on a warm-up, the suggested load, no pain."""
    payloads = card.payloads
    if card.text.startswith(onboarding.LEVEL_Q.split("{")[0]):
        return payloads[level]
    if card.text.startswith(onboarding.EQUIPMENT_PICKED.split("{")[0]):
        return "done"
    if card.text.startswith(onboarding.SCREEN_Q.split("{")[0]):
        return payloads[-1]  # none of these apply
    if "10" in payloads:
        return "10"
    if "pain 1" in payloads:
        return "pain 1"
    return payloads[0]


@dataclass
class Tapper:
    """One member working through their card; `feedback` holds each press's seconds to the first sign of it."""

    chat: Chat
    who: Person
    in_group: bool = False
    feedback: list[float] = field(default_factory=list)
    presses: int = 0

    def mine(self, message: BotMessage) -> bool:
        return not self.in_group or str(self.who.id) in message.mentioned

    async def latest(self, since: int) -> BotMessage | None:
        """The newest message of this member read after index `since`, once the bot has gone quiet."""
        await self.chat.rest(quiet=0.5)
        mine = [m for m in self.chat.messages[since:] if self.mine(m)]
        return mine[-1] if mine else None

    async def tap_through(self, opening: str, limit: int = 80) -> None:
        """Say `opening`, then tap whatever the latest message asks until nothing is asked."""
        since = len(self.chat.messages)
        await self.chat.say(self.who, opening)
        for _ in range(limit):
            last = await self.latest(since)
            if last is None or not last.buttons:
                return
            since = len(self.chat.messages)
            await self.chat.press(self.who, last, choose(last))
            self.presses += 1
        raise AssertionError("the coach kept asking")


class GroupFeed:
    """One reader for a group's messages, shared by every member's tapper (reading marks them read)."""

    def __init__(self, chat: Chat) -> None:
        self.chat = chat
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        async def pull() -> None:
            while True:
                await self.chat._pull(1.0)

        self._task = asyncio.create_task(pull())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass


async def tap_in_group(feed: GroupFeed, who: Person, *, sets: int, pace: float = 0.0) -> list[float]:
    """Start a session in the group and tap `sets` answers on this member's card; seconds to feedback each."""
    chat = feed.chat
    latencies: list[float] = []
    start = len(chat.messages)
    await chat.say(who, "/today@BackcoachTestBot")
    card = await _wait(chat, lambda m: str(who.id) in m.mentioned and bool(m.buttons), start)
    for _ in range(sets):
        seen = len(chat.messages)
        pressed_at = time.monotonic()
        await chat.press(who, card, choose(card))
        card = await _wait(chat, lambda m: m.message_id == card.message_id and str(who.id) in m.mentioned, seen)
        latencies.append(time.monotonic() - pressed_at)
        if pace:
            await asyncio.sleep(pace)
    return latencies


async def _wait(chat: Chat, matches, start: int, timeout: float = 30.0) -> BotMessage:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for message in chat.messages[start:]:
            if matches(message):
                return message
        await asyncio.sleep(0.02)
    raise AssertionError(f"no matching message in {chat.id}")
