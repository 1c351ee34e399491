"""The Discord bot: slash commands, persistent buttons and free text in, the coach's replies out."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import Any, Protocol

import discord
from discord import app_commands
from discord.ext import commands

from adapters.discord.buttons import build_view, item_classes
from adapters.discord.cards import CardMessages, MemoryCards, Traffic, show
from adapters.discord.messenger import DiscordMessenger, resolve_user, send_reply
from adapters.discord.render import render
from adapters.discord.slash import CommandLike, SlashSpec, build_command, slash_specs
from adapters.discord.sync import sync_if_changed
from adapters.discord.translate import PLATFORM, from_interaction, from_message, is_for_the_bot
from core.errors import BadInput, ConcurrentUpdate, RecipientUnreachable
from core.messages import ChatKind, Incoming, Outgoing, Reply, Visibility
from core.text import discord as say
from core.text import platform as text

log = logging.getLogger(__name__)


class CoachLike(Protocol):
    async def handle(self, incoming: Incoming) -> list[Reply]: ...

    async def hold_private(self, platform: str, user_id: str, reply: Reply) -> str: ...

    async def mark_unreachable(self, platform: str, chat_id: str) -> None: ...


class Route(Enum):
    PUBLIC = "public"  # the chat the member wrote in
    EPHEMERAL = "ephemeral"  # only the member who wrote (a server channel)
    DM = "dm"  # a direct message to one member
    ELSEWHERE = "elsewhere"  # another chat, pushed like a reminder


# Where the hash of the last synced command tree is kept (relative to the working directory).
DEFAULT_SYNC_STATE = Path("data") / "discord-commands.json"

Note = Callable[[str, str], Awaitable[Any]]  # (content, user id to ping) -> posts a short public note


class DiscordAdapter:
    """One Discord bot on the coach. Built by the composition root; `start()`/`stop()` run it in its loop.

    `guild_id` syncs commands to that guild only (instant, for development); `message_content`
    means the privileged intent was granted, so plain server messages are read too; a
    `shard_count` (and optionally `shard_ids`) makes it an AutoShardedBot. `commands` defaults
    to `core.commands.COMMANDS`.
    """

    def __init__(
        self,
        coach: CoachLike,
        token: str,
        *,
        sync_state_path: str | Path = DEFAULT_SYNC_STATE,
        guild_id: int | str | None = None,
        message_content: bool = False,
        shard_count: int | None = None,
        shard_ids: Sequence[int] | None = None,
        commands_list: Sequence[CommandLike] | None = None,
        cards: CardMessages | None = None,
    ) -> None:
        self._coach = coach
        self._token = token
        self._guild_id = int(guild_id) if guild_id else None
        # With shards split over processes, the one running shard 0 syncs the commands (they are per application).
        self._syncs = not shard_ids or 0 in shard_ids
        self._read_all = message_content
        self._sync_state_path = Path(sync_state_path)
        self._commands = commands_list
        intents = discord.Intents.default()
        intents.message_content = message_content
        options: dict[str, Any] = dict(
            command_prefix=commands.when_mentioned,
            intents=intents,
            help_command=None,
            allowed_mentions=discord.AllowedMentions.none(),
        )
        self.client: commands.Bot | commands.AutoShardedBot
        if shard_count or shard_ids:
            sharding: dict[str, Any] = {"shard_count": shard_count}
            if shard_ids:
                sharding["shard_ids"] = list(shard_ids)
            self.client = commands.AutoShardedBot(**sharding, **options)
        else:
            self.client = commands.Bot(**options)
        # Instance attributes replace the class hooks: no prefix commands, our own start-up.
        self.client.setup_hook = self._setup_hook  # type: ignore[method-assign]
        self.client.on_message = self._on_message  # type: ignore[method-assign]
        self.client.tree.on_error = self._on_tree_error  # type: ignore[method-assign]
        self._items = item_classes(self._on_press, self._on_typed)
        self._cards: CardMessages = cards or MemoryCards()
        self.traffic = Traffic()  # new messages, edits and ephemerals sent, for the benchmark
        self.messenger = DiscordMessenger(self.client, lambda: self._items)
        self._runner: asyncio.Task[None] | None = None
        self.synced = False  # whether the last start-up had to sync commands

    # --- lifecycle ---------------------------------------------------------------

    async def start(self) -> None:
        """Log in and connect in the background; returns once logged in (commands are synced by then)."""
        await self.client.login(self._token)
        self._runner = asyncio.create_task(self.client.connect(reconnect=True), name="discord-gateway")

    async def stop(self) -> None:
        await self.client.close()
        if self._runner is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._runner
            self._runner = None

    async def _setup_hook(self) -> None:
        for item in self._items.classes:
            self.client.add_dynamic_items(item)  # presses on old messages route here after a restart
        for spec in self._specs():
            self.client.tree.add_command(build_command(spec, self._on_slash))
        if self._guild_id:
            self.client.tree.copy_global_to(guild=discord.Object(self._guild_id))
        if not self._syncs:
            return
        try:
            self.synced = await sync_if_changed(
                self.client.tree, self.client.application_id, self._guild_id, self._sync_state_path
            )
        except discord.HTTPException:
            log.exception("slash command sync failed; the bot runs with the commands Discord already has")

    def _specs(self) -> tuple[SlashSpec, ...]:
        if self._commands is None:
            from core.commands import COMMANDS  # read at start-up, not import time

            self._commands = COMMANDS
        return slash_specs(self._commands)

    # --- events --------------------------------------------------------------------

    async def _on_slash(self, interaction: discord.Interaction, spec: SlashSpec, values: dict[str, Any]) -> None:
        # Personal commands answer privately in a server, so their "thinking…" is private too.
        ephemeral = interaction.guild is not None and spec.private_only
        if not await self._defer(interaction, thinking=True, ephemeral=ephemeral):
            return
        incoming = from_interaction(interaction, text=spec.text(values))
        await self._answer_interaction(interaction, incoming, pending=ephemeral)

    async def _on_press(self, interaction: discord.Interaction, payload: str, owner: str | None, revision: int | None) -> None:
        # A plain acknowledgement leaves the pressed message as it is (a card may edit it); answers follow.
        if not await self._defer(interaction, thinking=False, ephemeral=False):
            return
        incoming = from_interaction(interaction, payload=payload, reply_to_user_id=owner, revision=revision)
        await self._answer_interaction(interaction, incoming, pending=None)

    async def _on_typed(self, interaction: discord.Interaction, typed: str, owner: str | None, revision: int | None) -> None:
        """A form or a pick-many menu: what it submits is read as if the member had typed it."""
        if not await self._defer(interaction, thinking=False, ephemeral=False):
            return
        incoming = from_interaction(interaction, text=typed, reply_to_user_id=owner, revision=revision)
        await self._answer_interaction(interaction, incoming, pending=None)

    async def _on_message(self, message: discord.Message) -> None:
        me = self.client.user
        if me is None or not is_for_the_bot(message, me.id, self._read_all):
            return
        incoming = from_message(message, me.id)
        if not incoming.text:
            await self._hint_empty(message)
            return
        try:
            replies = await self._ask(incoming, private_apology=False)
            reference: discord.MessageReference | None = (
                message.to_reference(fail_if_not_exists=False) if message.guild is not None else None
            )

            async def note(content: str, user_id: str) -> Any:
                return await message.channel.send(content, allowed_mentions=_ping(user_id))

            for reply in replies:
                route = self._route(reply, incoming)
                if reply.toast:
                    continue  # a toast answers a press; a typed message gets the card's edit instead
                if route is Route.PUBLIC and reply.card is not None:
                    await self._show_card(message.channel, reply, incoming)
                elif route is Route.PUBLIC:
                    extra = {"reference": reference} if reference is not None else {}
                    await send_reply(message.channel, reply, addressed=_addressed(reply, incoming),
                                     items=self._items, owner=_owner(reply, incoming), **extra)
                    self.traffic.new += 1
                    reference = None  # only the first answer quotes the member's message
                else:
                    await self._deliver_away(reply, route, incoming, note)
        except Exception:
            log.exception("a Discord message failed (%s)", incoming.message_id)
            with contextlib.suppress(Exception):
                await message.channel.send(text.APOLOGY, allowed_mentions=discord.AllowedMentions.none())

    async def _hint_empty(self, message: discord.Message) -> None:
        """A reply to the bot whose text Discord withheld (no Message Content intent): say how to answer instead."""
        if message.guild is None or message.attachments or message.stickers:
            return  # in a DM the text always arrives; a bare picture or sticker is not an answer
        with contextlib.suppress(discord.HTTPException):
            await message.channel.send(say.EMPTY_REPLY_HINT.format(mention=message.author.mention),
                                       reference=message.to_reference(fail_if_not_exists=False),
                                       allowed_mentions=_ping(str(message.author.id)))
            self.traffic.new += 1

    async def _on_tree_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        log.error("slash command failed", exc_info=error)
        with contextlib.suppress(Exception):
            if interaction.response.is_done():
                await interaction.followup.send(text.APOLOGY, ephemeral=True)
            else:
                await interaction.response.send_message(text.APOLOGY, ephemeral=True)

    # --- answering -----------------------------------------------------------------

    async def _defer(self, interaction: discord.Interaction, *, thinking: bool, ephemeral: bool) -> bool:
        """Acknowledge first: Discord drops an interaction not answered within 3 seconds."""
        try:
            await interaction.response.defer(thinking=thinking, ephemeral=ephemeral)
            return True
        except discord.HTTPException:
            log.warning("could not acknowledge interaction %s in time", interaction.id, exc_info=True)
            return False

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

    @staticmethod
    def _route(reply: Reply, incoming: Incoming) -> Route:
        if reply.chat_id is not None and reply.chat_id != incoming.chat_id:
            return Route.ELSEWHERE
        if reply.toast and incoming.chat_kind is ChatKind.GROUP:
            return Route.EPHEMERAL
        if _not_the_owner(incoming) and incoming.chat_kind is ChatKind.GROUP:
            return Route.EPHEMERAL  # someone pressed another member's button: only they see the answer
        if reply.visibility is Visibility.PRIVATE:
            if reply.to_user_id not in (None, incoming.sender_id):
                return Route.DM
            return Route.EPHEMERAL if incoming.chat_kind is ChatKind.GROUP else Route.PUBLIC
        return Route.PUBLIC

    async def _answer_interaction(self, interaction: discord.Interaction, incoming: Incoming, *, pending: bool | None) -> None:
        """Follow-ups for the coach's replies. `pending`: the ephemeral flag of a "thinking…" original, if any.

        While an original is loading, the first follow-up replaces it and keeps its visibility, so the
        first reply that matches that visibility goes first; with none, a short note fills it.
        """
        try:
            replies = await self._ask(incoming, private_apology=True)
            plan = [(reply, self._route(reply, incoming)) for reply in replies]
            if pending is not None:
                wanted = Route.EPHEMERAL if pending else Route.PUBLIC
                first = next((i for i, (_, route) in enumerate(plan) if route is wanted), None)
                if first is not None:
                    plan.insert(0, plan.pop(first))
                elif not plan:
                    await interaction.delete_original_response()
                else:
                    public = any(route is Route.PUBLIC for _, route in plan)
                    filler = text.DISCORD_POSTED_IN_CHANNEL if public else text.DISCORD_SENT_PRIVATELY
                    await interaction.followup.send(filler, ephemeral=pending)

            async def note(content: str, user_id: str) -> Any:
                return await interaction.followup.send(content, allowed_mentions=_ping(user_id), wait=True)

            for reply, route in plan:
                if route in (Route.PUBLIC, Route.EPHEMERAL):
                    await self._follow_up(interaction, reply, incoming, ephemeral=route is Route.EPHEMERAL)
                else:
                    await self._deliver_away(reply, route, incoming, note)
        except Exception:
            log.exception("a Discord interaction failed (%s)", incoming.message_id)
            with contextlib.suppress(Exception):
                await interaction.followup.send(text.APOLOGY, ephemeral=True)

    async def _follow_up(self, interaction: discord.Interaction, reply: Reply, incoming: Incoming, *, ephemeral: bool) -> None:
        view = build_view(reply, _owner(reply, incoming), self._items)
        addressed = not ephemeral and _addressed(reply, incoming) and (reply.card is None or reply.notify)
        parts = render(reply, addressed=addressed, view=view)

        async def send(part: Any) -> Any:
            self._count(ephemeral)
            return await interaction.followup.send(**part.kwargs(), ephemeral=ephemeral, wait=True)

        if reply.toast:
            await interaction.followup.send(reply.text, ephemeral=True)
            self._count(True)
            return
        if reply.card is not None and len(parts) == 1:
            pressed = interaction if interaction.type is not discord.InteractionType.application_command else None
            await show(reply, parts[0], chat_id=incoming.chat_id, cards=self._cards, client=self.client, send=send,
                       pressed=pressed, traffic=self.traffic)
            return
        for part in parts:
            await send(part)

    async def _show_card(self, channel: discord.abc.Messageable, reply: Reply, incoming: Incoming) -> None:
        """A card answering a typed message: edit its message, or post it (pinging the member) when needed."""
        view = build_view(reply, _owner(reply, incoming), self._items)
        parts = render(reply, addressed=_addressed(reply, incoming) and reply.notify, view=view)

        async def send(part: Any) -> Any:
            return await channel.send(**part.kwargs())

        for part in parts[:-1]:
            await send(part)
        await show(reply, parts[-1], chat_id=incoming.chat_id, cards=self._cards, client=self.client, send=send,
                   pressed=None, traffic=self.traffic)

    def _count(self, ephemeral: bool) -> None:
        if ephemeral:
            self.traffic.ephemeral += 1
        else:
            self.traffic.new += 1

    async def _deliver_away(self, reply: Reply, route: Route, incoming: Incoming, note: Note) -> None:
        if route is Route.ELSEWHERE:
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


def _not_the_owner(incoming: Incoming) -> bool:
    return incoming.reply_to_user_id is not None and incoming.reply_to_user_id != incoming.sender_id


def _addressed(reply: Reply, incoming: Incoming) -> bool:
    return incoming.chat_kind is ChatKind.GROUP and reply.to_user_id is not None


def _owner(reply: Reply, incoming: Incoming) -> str | None:
    """Whose prompt the buttons answer; in a server, by default the member who asked."""
    if reply.to_user_id:
        return reply.to_user_id
    return incoming.sender_id if incoming.chat_kind is ChatKind.GROUP else None


def _ping(user_id: str) -> discord.AllowedMentions:
    return discord.AllowedMentions(everyone=False, roles=False, users=[discord.Object(int(user_id))])
