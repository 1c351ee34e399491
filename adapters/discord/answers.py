"""Answering on Discord: the coach's replies as follow-ups, messages, card edits, ephemerals and DMs."""
from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

import discord

from adapters.discord.buttons import Items, build_view
from adapters.discord.cards import Shown, Traffic, show
from adapters.discord.metrics import DiscordMetrics, is_rate_limit
from adapters.discord.messenger import DiscordMessenger, resolve_user, send_reply
from adapters.discord.render import render
from adapters.discord.routing import Route, button_owner, is_addressed, ping, route
from adapters.discord.translate import PLATFORM
from core.errors import BadInput, ConcurrentUpdate, RecipientUnreachable
from core.messages import ChatKind, Incoming, Outgoing, Reply, Visibility
from core.ports import CardMessages
from core.text import platform as text

log = logging.getLogger(__name__)

Note = Callable[[str, str], Awaitable[Any]]  # (content, user id to ping) -> posts a short public note


class CoachLike(Protocol):
    async def handle(self, incoming: Incoming) -> list[Reply]: ...

    async def hold_private(self, platform: str, user_id: str, reply: Reply) -> str: ...

    async def mark_unreachable(self, platform: str, chat_id: str) -> None: ...


class Answers:
    """Turns the coach's replies for one incoming message or interaction into what Discord shows."""

    def __init__(self, coach: CoachLike, client: discord.Client, items: Items, cards: CardMessages,
                 messenger: DiscordMessenger, metrics: DiscordMetrics | None = None) -> None:
        self._coach = coach
        self.client = client
        self._items = items
        self._cards = cards
        self.messenger = messenger
        self.traffic = Traffic(metrics)  # new messages, edits and ephemerals sent, for the benchmark and metrics

    async def message(self, message: discord.Message, incoming: Incoming) -> None:
        """Answer a member's message in its channel (cards edited in place), or privately where needed."""
        try:
            replies = await self._ask(incoming, private_apology=False)
            reference: discord.MessageReference | None = (
                message.to_reference(fail_if_not_exists=False) if message.guild is not None else None
            )

            async def note(content: str, user_id: str) -> Any:
                return await message.channel.send(content, allowed_mentions=ping(user_id))

            for reply in replies:
                where = route(reply, incoming)
                if reply.toast:
                    continue  # a toast answers a press; a typed message gets the card's edit instead
                if where is Route.PUBLIC and reply.card is not None:
                    await self._show_card(message.channel, reply, incoming)
                elif where is Route.PUBLIC:
                    extra = {"reference": reference} if reference is not None else {}
                    await send_reply(message.channel, reply, addressed=is_addressed(reply, incoming),
                                     items=self._items, owner=button_owner(reply, incoming), **extra)
                    self.traffic.new += 1
                    reference = None  # only the first answer quotes the member's message
                else:
                    await self._deliver_away(reply, where, incoming, note)
        except Exception as error:
            self._note_rate_limit(error)
            log.exception("a Discord message failed (%s)", incoming.message_id)
            with contextlib.suppress(Exception):
                await message.channel.send(text.APOLOGY, allowed_mentions=discord.AllowedMentions.none())

    async def _ask(self, incoming: Incoming, *, private_apology: bool) -> list[Reply]:
        """The coach's replies; a failure becomes one apology so the member is never left hanging."""
        visibility = Visibility.PRIVATE if private_apology else Visibility.PUBLIC
        for attempt in range(2):
            try:
                return list(await self._coach.handle(incoming))
            except ConcurrentUpdate:
                if attempt == 0:
                    continue  # someone else's change won the race; the whole message was rolled back
                log.warning("gave up after a repeated concurrent update (%s)", incoming.message_id)
            except BadInput as error:
                return [Reply(str(error) or text.APOLOGY, visibility=visibility, to_user_id=incoming.sender_id)]
            except Exception:
                log.exception("the coach failed on %s", incoming.message_id)
                break
        return [Reply(text.APOLOGY, visibility=visibility, to_user_id=incoming.sender_id)]

    async def interaction(self, interaction: discord.Interaction, incoming: Incoming, *, pending: bool | None) -> None:
        """Follow-ups for the coach's replies. `pending`: the ephemeral flag of a "thinking…" original, if any.

        While an original is loading, the first follow-up replaces it and keeps its visibility, so the
        first reply that matches that visibility goes first; with none, a short note fills it.
        """
        try:
            replies = await self._ask(incoming, private_apology=True)
            if any(reply.card is not None for reply in replies):
                # The card is edited from the press itself: that edit is the feedback, no ephemeral needed.
                replies = [reply for reply in replies if not reply.toast]
            plan = [(reply, route(reply, incoming)) for reply in replies]
            if pending is not None:
                wanted = Route.EPHEMERAL if pending else Route.PUBLIC
                first = next((i for i, (_, where) in enumerate(plan) if where is wanted), None)
                if first is not None:
                    plan.insert(0, plan.pop(first))
                elif not plan:
                    await interaction.delete_original_response()
                else:
                    public = any(where is Route.PUBLIC for _, where in plan)
                    filler = text.DISCORD_POSTED_IN_CHANNEL if public else text.DISCORD_SENT_PRIVATELY
                    await interaction.followup.send(filler, ephemeral=pending)

            async def note(content: str, user_id: str) -> Any:
                return await interaction.followup.send(content, allowed_mentions=ping(user_id), wait=True)

            sent = 0
            cards: list[Shown] = []
            for reply, where in plan:
                if where in (Route.PUBLIC, Route.EPHEMERAL):
                    sent += await self._follow_up(interaction, reply, incoming, ephemeral=where is Route.EPHEMERAL,
                                                  cards=cards)
                else:
                    await self._deliver_away(reply, where, incoming, note)
            if pending is not None and plan and not sent:
                await self._settle_pending(interaction, incoming, [reply for reply, _ in plan], pending)
            await self._strip_answered(interaction, incoming, cards)
        except Exception as error:
            self._note_rate_limit(error)
            log.exception("a Discord interaction failed (%s)", incoming.message_id)
            with contextlib.suppress(Exception):
                await interaction.followup.send(text.APOLOGY, ephemeral=True)

    async def _settle_pending(self, interaction: discord.Interaction, incoming: Incoming, replies: list[Reply],
                              pending: bool) -> None:
        """Every answer was a card edit, so the command's "thinking…" is still open: close it quietly.

        In a private chat the card's one-line change fills it; in a server it is removed, as the card shows it.
        """
        change = next((r.change for r in replies if r.card is not None and r.change), "")
        if change and incoming.chat_kind is ChatKind.PRIVATE:
            await interaction.followup.send(change, ephemeral=pending)
            self.traffic.new += 1
        else:
            await interaction.delete_original_response()

    async def _strip_answered(self, interaction: discord.Interaction, incoming: Incoming, cards: list[Shown]) -> None:
        """The member answered a question by pressing on it: its buttons go, so an old one cannot be pressed.

        Not when the message is now the card (it shows the next question), nor for a press on another
        member's question or on a message for everyone (a group reminder): those stay as they are.
        """
        message = interaction.message  # the message pressed on (None for a slash command)
        if message is None or not message.components or any(c.message_id == str(message.id) for c in cards):
            return
        mine = incoming.chat_kind is ChatKind.PRIVATE or incoming.reply_to_user_id == incoming.sender_id
        if not mine:
            return
        with contextlib.suppress(discord.HTTPException):
            await interaction.edit_original_response(view=None)
            self.traffic.edits += 1

    async def _follow_up(self, interaction: discord.Interaction, reply: Reply, incoming: Incoming, *, ephemeral: bool,
                         cards: list[Shown] | None = None) -> int:
        """Answer one reply through the interaction; returns how many new messages that took."""
        view = build_view(reply, button_owner(reply, incoming), self._items)
        addressed = not ephemeral and is_addressed(reply, incoming) and (reply.card is None or reply.notify)
        parts = render(reply, addressed=addressed, view=view)
        sent = 0

        async def send(part: Any) -> Any:
            nonlocal sent
            sent += 1
            self._count(ephemeral)
            return await interaction.followup.send(**part.kwargs(), ephemeral=ephemeral, wait=True)

        if reply.toast:
            await interaction.followup.send(reply.text, ephemeral=True)
            self._count(True)
            return 1
        if reply.card is not None and len(parts) == 1:
            pressed = interaction if interaction.type is not discord.InteractionType.application_command else None
            shown = await show(reply, parts[0], chat_id=incoming.chat_id, cards=self._cards, client=self.client,
                               send=send, pressed=pressed, traffic=self.traffic)
            if shown is not None and cards is not None:
                cards.append(shown)
            return sent
        for part in parts:
            await send(part)
        return sent

    async def _show_card(self, channel: discord.abc.Messageable, reply: Reply, incoming: Incoming) -> None:
        """A card answering a typed message: edit its message, or post it (pinging the member) when needed."""
        view = build_view(reply, button_owner(reply, incoming), self._items)
        parts = render(reply, addressed=is_addressed(reply, incoming) and reply.notify, view=view)

        async def send(part: Any) -> Any:
            self.traffic.new += 1
            return await channel.send(**part.kwargs())

        for part in parts[:-1]:
            await send(part)
        await show(reply, parts[-1], chat_id=incoming.chat_id, cards=self._cards, client=self.client, send=send,
                   pressed=None, traffic=self.traffic)

    def _note_rate_limit(self, error: BaseException) -> None:
        if is_rate_limit(error):
            self.traffic.metrics.platform_rate_limited(PLATFORM)

    def _count(self, ephemeral: bool) -> None:
        if ephemeral:
            self.traffic.ephemeral += 1
        else:
            self.traffic.new += 1

    async def _deliver_away(self, reply: Reply, where: Route, incoming: Incoming, note: Note) -> None:
        if where is Route.ELSEWHERE:
            assert reply.chat_id is not None
            try:
                await self.messenger.send(Outgoing(PLATFORM, reply.chat_id, reply))
            except Exception:
                log.warning("could not deliver a reply to chat %s", reply.chat_id, exc_info=True)
            return
        user_id = reply.to_user_id or incoming.sender_id
        try:
            target = await resolve_user(self.client, user_id)
            await send_reply(target, reply, addressed=False, items=self._items)
        except RecipientUnreachable:
            # DMs closed (50007): keep the message for them and say so, briefly, where they are.
            await self._coach.mark_unreachable(PLATFORM, user_id)
            token = await self._coach.hold_private(PLATFORM, user_id, reply)
            await note(text.discord_private_fallback_note(f"<@{user_id}>", f"/start {token}"), user_id)
