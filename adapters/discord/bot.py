"""The Discord bot: slash commands, persistent buttons and free text in, the coach's replies out."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from adapters.discord.answers import Answers, CoachLike
from adapters.discord.buttons import item_classes
from adapters.discord.cards import MemoryCards
from adapters.discord.forms import form_submission
from adapters.discord.messenger import DiscordMessenger
from adapters.discord.metrics import DiscordMetrics
from adapters.discord.routing import ping
from adapters.discord.slash import CommandLike, SlashSpec, build_command, slash_specs
from adapters.discord.sync import sync_if_changed
from adapters.discord.translate import from_interaction, from_message, is_for_the_bot
from core.ports import CardMessages
from core.text import discord as say
from core.errors import PlatformUnreachable
from core.text import platform as text

log = logging.getLogger(__name__)


# Where the hash of the last synced command tree is kept (relative to the working directory).
DEFAULT_SYNC_STATE = Path("data") / "discord-commands.json"


class DiscordAdapter:
    """One Discord bot on the coach. Built by the composition root; `start()`/`stop()` run it in its loop.

    `guild_id` syncs commands to that guild only (instant, for development); `message_content`
    means the privileged intent was granted, so plain server messages are read too; a
    `shard_count` (and optionally `shard_ids`) makes it an AutoShardedBot. `commands` defaults
    to `core.commands.COMMANDS`. `metrics` is told of every message posted, edited or shown
    ephemerally and of every 429 that reaches us (nothing is counted without one).
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
        metrics: DiscordMetrics | None = None,
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
        self.client.add_listener(self._on_interaction, "on_interaction")
        self.client.tree.on_error = self._on_tree_error  # type: ignore[method-assign]
        self._items = item_classes(self._on_press, self._on_typed)
        store = cards or MemoryCards()
        self.messenger = DiscordMessenger(self.client, lambda: self._items, store, metrics)
        self._answers = Answers(coach, self.client, self._items, store, self.messenger, metrics)
        self.traffic = self._answers.traffic  # new messages, edits and ephemerals sent, for the benchmark
        self._runner: asyncio.Task[None] | None = None
        self.synced = False  # whether the last start-up had to sync commands

    # --- lifecycle ---------------------------------------------------------------

    async def start(self) -> None:
        """Log in and connect in the background; returns once logged in (commands are synced by then)."""
        try:
            await self.client.login(self._token)
        except (aiohttp.ClientError, OSError, asyncio.TimeoutError, discord.GatewayNotFound) as error:
            raise PlatformUnreachable(f"Discord could not be reached ({type(error).__name__})") from None
        self._runner = asyncio.create_task(self.client.connect(reconnect=True), name="discord-gateway")

    def connected(self) -> bool:
        return self.client.is_ready() and not self.client.is_closed()

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
        await self._answers.interaction(interaction, incoming, pending=ephemeral)

    async def _on_press(self, interaction: discord.Interaction, payload: str, owner: str | None, revision: int | None) -> None:
        # A plain acknowledgement leaves the pressed message as it is (a card may edit it); answers follow.
        if not await self._defer(interaction, thinking=False, ephemeral=False):
            return
        incoming = from_interaction(interaction, payload=payload, reply_to_user_id=owner, revision=revision)
        await self._answers.interaction(interaction, incoming, pending=None)

    async def _on_typed(self, interaction: discord.Interaction, typed: str, owner: str | None, revision: int | None) -> None:
        """A form or a pick-many menu: what it submits is read as if the member had typed it."""
        if not await self._defer(interaction, thinking=False, ephemeral=False):
            return
        incoming = from_interaction(interaction, text=typed, reply_to_user_id=owner, revision=revision)
        await self._answers.interaction(interaction, incoming, pending=None)

    async def _on_interaction(self, interaction: discord.Interaction) -> None:
        """A submitted set form, read from the interaction itself (so one opened before a restart still counts)."""
        submitted = form_submission(interaction)
        if submitted is not None:
            typed, owner, revision = submitted
            await self._on_typed(interaction, typed, owner, revision)

    async def _on_message(self, message: discord.Message) -> None:
        me = self.client.user
        if me is None or not is_for_the_bot(message, me.id, self._read_all):
            return
        incoming = from_message(message, me.id)
        if not incoming.text:
            await self._hint_empty(message)
            return
        await self._answers.message(message, incoming)

    async def _hint_empty(self, message: discord.Message) -> None:
        """A reply to the bot whose text Discord withheld (no Message Content intent): say how to answer instead."""
        if message.guild is None or message.attachments or message.stickers:
            return  # in a DM the text always arrives; a bare picture or sticker is not an answer
        with contextlib.suppress(discord.HTTPException):
            await message.channel.send(say.EMPTY_REPLY_HINT.format(mention=message.author.mention),
                                       reference=message.to_reference(fail_if_not_exists=False),
                                       allowed_mentions=ping(str(message.author.id)))
            self.traffic.new += 1

    async def _on_tree_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        log.error("slash command failed", exc_info=error)
        with contextlib.suppress(Exception):
            if interaction.response.is_done():
                await interaction.followup.send(text.APOLOGY, ephemeral=True)
            else:
                await interaction.response.send_message(text.APOLOGY, ephemeral=True)

    async def _defer(self, interaction: discord.Interaction, *, thinking: bool, ephemeral: bool) -> bool:
        """Acknowledge first: Discord drops an interaction not answered within 3 seconds."""
        try:
            await interaction.response.defer(thinking=thinking, ephemeral=ephemeral)
            return True
        except discord.HTTPException:
            log.warning("could not acknowledge interaction %s in time", interaction.id, exc_info=True)
            return False
