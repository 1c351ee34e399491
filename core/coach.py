"""The coach: one incoming message in, replies out, inside one unit of work."""
from __future__ import annotations

import asyncio
import logging
import secrets
import time
from dataclasses import replace
from weakref import WeakValueDictionary

from core.cards import fold as cards
from core.flows import open_question, pain as pain_flow, safety as safety_flow
from core.commands import COMMANDS, split_command
from core.conversation import ASKS_FOR_PAIN, Step
from core.errors import BadInput, ConcurrentUpdate
from core.messages import ChatKind, Incoming, Reply
from core.metrics import Metrics, NoMetrics
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
    def __init__(
        self, uow_factory: UnitOfWorkFactory, clock: Clock, *, default_timezone: str = "UTC",
        outputs: Outputs | None = None, metrics: Metrics | None = None,
        durable_platforms: frozenset[str] = frozenset(),
    ) -> None:
        self._uow_factory = uow_factory
        self._metrics: Metrics = metrics or NoMetrics()
        # Platforms whose adapter reports each delivered reply (`delivered`): their replies go
        # through the outbox, so a redelivered message gets what it had not received yet.
        self._durable = durable_platforms
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
            started = time.perf_counter()
            outcome = ["ok"]  # set by the unit of work: "duplicate" or "refused"
            try:
                try:
                    return await self._handle_once(incoming, outcome)
                except ConcurrentUpdate:
                    log.info("retrying a message after a concurrent update")
                    return await self._handle_once(incoming, outcome)
            except BaseException:
                outcome[0] = "error"
                raise
            finally:
                self._metrics.message_handled(incoming.platform, outcome[0], time.perf_counter() - started)

    async def _handle_once(self, incoming: Incoming, outcome: list[str]) -> list[Reply]:
        async with self._uow_factory() as uow:
            now = self._clock.now()
            durable = incoming.message_id if incoming.platform in self._durable else None
            if incoming.message_id and not await uow.inbox.first_time(incoming.platform, incoming.message_id, now):
                log.info("ignoring a redelivered message")
                outcome[0] = "duplicate"
                return await uow.outbox.unsent(incoming.platform, durable) if durable else []
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
                refusal = [Reply(str(refused), to_user_id=incoming.sender_id, to_user_name=incoming.sender_name)]
                if durable:
                    await uow.outbox.put(incoming.platform, durable, refusal, sender_id=incoming.sender_id, at=now)
                await uow.commit()
                outcome[0] = "refused"
                return refusal
            if durable:
                await uow.outbox.put(incoming.platform, durable, turn.replies, sender_id=incoming.sender_id, at=now)
            await uow.commit()
            for tier in turn.escalated:
                self._metrics.safety_event(tier)
            return turn.replies

    async def delivered(self, incoming: Incoming) -> None:
        """One reply to this message reached the platform (in the order `handle` returned them)."""
        if not incoming.message_id or incoming.platform not in self._durable:
            return
        async with self._uow_factory() as uow:
            await uow.outbox.delivered(incoming.platform, incoming.message_id)
            await uow.commit()

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
        command = split_command(turn.said)
        if command is not None:
            await self._command(turn, *command)
            return
        if step is Step.CONFIRM_SIGN:
            await safety_flow.answer_confirm_sign(turn)
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
        step = turn.conversation.step
        if name == "help":
            turn.say(help_text())
            await open_question.reask(turn)
            return
        handler = COMMAND_HANDLERS.get(name)
        if handler is None:
            turn.say(say.UNKNOWN_COMMAND.format(name=name[:30]) + "\n\n" + help_text())
            await open_question.reask(turn)
            return
        if not turn.profile.onboarded and name not in OPEN_COMMANDS:
            if step is Step.ONBOARDING:
                await open_question.ask_first(turn)  # the pending onboarding question, not "type /start"
            else:
                turn.say(say.NEED_ONBOARDING)
            return
        if name == "start" and argument and turn.replies:
            return  # opened through a deep link: the held messages were the point
        if open_question.blocks(step, name):
            await open_question.ask_first(turn)
            return
        if name == "stop" and await open_question.stop(turn):
            return
        if name == "pain" and step in ASKS_FOR_PAIN and argument.strip():
            turn.incoming = replace(turn.incoming, text=f"pain {argument}", payload=None)  # /pain N answers it
            await STEP_HANDLERS[step](turn)
            return
        await handler(turn, argument)
        if name in open_question.LOOKS:
            await open_question.reask(turn)

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

