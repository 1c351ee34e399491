"""The coach: one incoming message in, replies out, inside one unit of work."""
from __future__ import annotations

import asyncio
import logging
import secrets
from dataclasses import replace
from weakref import WeakValueDictionary

from core.cards import fold as cards
from core.flows import pain as pain_flow, safety as safety_flow
from core.commands import COMMANDS, split_command
from core.conversation import ASKS_FOR_PAIN, Step
from core.errors import BadInput, ConcurrentUpdate
from core.messages import ChatKind, Incoming, Reply
from core.model import Profile
from core.ports import Clock, UnitOfWorkFactory
from core.progress.ports import Outputs
from core.safety.screening import screen
from core.routes import COMMAND_HANDLERS, OPEN_COMMANDS, STEP_HANDLERS
from core.text import general as say
from core.turn import Turn

log = logging.getLogger(__name__)

MAX_MESSAGE = 4000


class Coach:
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock, *, default_timezone: str = "UTC", outputs: Outputs | None = None) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._default_timezone = default_timezone
        self._outputs = outputs
        # One message at a time per person: a double tap must not log a set twice.
        self._locks: WeakValueDictionary[tuple[str, str], asyncio.Lock] = WeakValueDictionary()

    def prepare(self) -> None:
        """Compile the warning-sign patterns now, so the first person to write does not wait ~60 ms."""
        screen("my back hurts and my leg is numb")

    async def handle(self, incoming: Incoming) -> list[Reply]:
        if len(incoming.text) > MAX_MESSAGE:
            return [Reply(say.TOO_LONG.format(limit=MAX_MESSAGE), to_user_id=incoming.sender_id)]
        key = (incoming.platform, incoming.sender_id)
        lock = self._locks.get(key)
        if lock is None:
            lock = self._locks[key] = asyncio.Lock()
        async with lock:
            try:
                return await self._handle_once(incoming)
            except ConcurrentUpdate:
                log.info("retrying a message after a concurrent update")
                return await self._handle_once(incoming)

    async def _handle_once(self, incoming: Incoming) -> list[Reply]:
        async with self._uow_factory() as uow:
            now = self._clock.now()
            if incoming.message_id and not await uow.inbox.first_time(incoming.platform, incoming.message_id, now):
                log.info("ignoring a redelivered message")
                return []
            profile = await uow.users.by_identity(incoming.platform, incoming.sender_id)
            if profile is None:
                fresh = Profile(user_id=0, display_name=incoming.sender_name, timezone=self._default_timezone)
                profile = await uow.users.create(incoming.platform, incoming.sender_id, fresh)
            turn = Turn(uow, incoming, now, profile, await uow.conversations.get(profile.user_id), outputs=self._outputs)
            try:
                await self._route(turn)
                await cards.finish_turn(turn)
            except BadInput as refused:
                # Bad input changes nothing: drop this turn's writes, keep only the redelivery guard.
                await uow.rollback()
                if incoming.message_id:
                    await uow.inbox.first_time(incoming.platform, incoming.message_id, now)
                await uow.commit()
                return [Reply(str(refused), to_user_id=incoming.sender_id, to_user_name=incoming.sender_name)]
            await uow.commit()
            return turn.replies

    async def _route(self, turn: Turn) -> None:
        incoming = turn.incoming
        if cards.refuse_press(turn):
            return  # a stale or someone else's button: a toast, and nothing changes
        if incoming.chat_kind is ChatKind.PRIVATE:
            turn.replies.extend(await turn.uow.held.release(incoming.platform, incoming.sender_id))
        # Safety first: a warning sign in any message, in any state, is handled before anything else.
        if incoming.payload is None and await safety_flow.screen(turn):
            return
        if incoming.reply_to_user_id and incoming.reply_to_user_id != incoming.sender_id:
            turn.say(say.NOT_YOUR_PROMPT.format(name=incoming.sender_name))
            return
        step = turn.conversation.step
        if step is Step.CONFIRM_SIGN:
            await safety_flow.answer_confirm_sign(turn)
            return
        command = split_command(turn.said)
        if command is not None:
            await self._command(turn, *command)
            return
        if step not in ASKS_FOR_PAIN and await pain_flow.volunteered_pain(turn):
            return
        handler = STEP_HANDLERS.get(step)
        if handler is not None:
            cards.mark_session_turn(turn)
            await handler(turn)
            return
        await self._idle_text(turn)

    async def _command(self, turn: Turn, name: str, argument: str) -> None:
        if name == "help":
            turn.say(help_text())
            return
        handler = COMMAND_HANDLERS.get(name)
        if handler is None:
            turn.say(say.UNKNOWN_COMMAND.format(name=name[:30]) + "\n\n" + help_text())
            return
        if not turn.profile.onboarded and name not in OPEN_COMMANDS:
            turn.say(say.NEED_ONBOARDING)
            return
        if name == "start" and argument and turn.replies:
            return  # opened through a deep link: the held messages were the point
        await handler(turn, argument)

    async def _idle_text(self, turn: Turn) -> None:
        if await safety_flow.mistake_after_alarm(turn):
            return
        if turn.incoming.chat_kind is ChatKind.GROUP:
            return  # group chatter that is not for the coach
        turn.say(say.NOT_UNDERSTOOD_IDLE if turn.profile.onboarded else say.NEED_ONBOARDING)

    async def hold_private(self, platform: str, user_id: str, reply: Reply) -> str:
        """Keep a private reply the platform could not deliver; it goes out when they open the bot."""
        token = secrets.token_urlsafe(12)
        async with self._uow_factory() as uow:
            await uow.held.hold(token, platform, user_id, [replace(reply, chat_id=None)], self._clock.now())
            await uow.commit()
        return token

    async def mark_unreachable(self, platform: str, chat_id: str) -> None:
        async with self._uow_factory() as uow:
            await uow.users.mark_unreachable(platform, chat_id, True)
            await uow.commit()


def help_text() -> str:
    lines = [say.HELP_HEADER]
    for info in COMMANDS:
        usage = f" {info.usage}" if info.usage else ""
        lines.append(f"/{info.name}{usage} — {info.description}")
    lines.append("")
    lines.append(say.HELP_FOOTER)
    return "\n".join(lines)

