"""The Messenger port on Discord, and the translation of Discord failures into the coach's named errors."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import aiohttp
import discord

from adapters.discord.buttons import Items, build_view
from adapters.discord.cards import posted
from adapters.discord.metrics import DiscordMetrics, NoDiscordMetrics
from adapters.discord.render import render
from core.errors import DeliveryFailed, RateLimited, RecipientUnreachable
from core.messages import Outgoing, Reply, Visibility
from core.ports import CardMessages

log = logging.getLogger(__name__)

PLATFORM = "discord"
DM_REFUSED = 50007  # "Cannot send messages to this user": DMs closed or the bot blocked
_GONE = {10003, 10013, 50001, 50013, 10004}  # unknown channel/user/guild, missing access/permissions

T = TypeVar("T")


def translate(error: BaseException) -> BaseException:
    """A Discord or network failure as one of core.errors (other exceptions are returned unchanged)."""
    if isinstance(error, discord.RateLimited):
        return RateLimited(error.retry_after)
    if isinstance(error, discord.HTTPException):
        if error.status == 429:
            retry = getattr(error.response, "headers", {}).get("Retry-After", "1")
            return RateLimited(float(retry))
        if error.code == DM_REFUSED or error.code in _GONE or error.status in (403, 404):
            return RecipientUnreachable(f"discord {error.status}/{error.code}: {error.text}")
        return DeliveryFailed(f"discord {error.status}/{error.code}: {error.text}")
    if isinstance(error, (aiohttp.ClientError, OSError, asyncio.TimeoutError)):
        return DeliveryFailed(str(error) or type(error).__name__)
    return error


async def translated(call: Awaitable[T]) -> T:
    try:
        return await call
    except (discord.DiscordException, aiohttp.ClientError, OSError, asyncio.TimeoutError) as error:
        raise translate(error) from error


Sendable = discord.abc.Messageable


async def resolve(client: discord.Client, chat_id: str) -> Sendable:
    """A channel by id, or a user's DM (private chats use the user's id as chat id)."""
    if not chat_id.isdigit():
        raise RecipientUnreachable(f"not a Discord id: {chat_id!r}")
    snowflake = int(chat_id)
    cached = client.get_channel(snowflake) or client.get_user(snowflake)
    if isinstance(cached, discord.abc.Messageable):
        return cached
    try:
        channel = await client.fetch_channel(snowflake)
        if isinstance(channel, discord.abc.Messageable):
            return channel
    except discord.NotFound:
        pass
    try:
        return await client.fetch_user(snowflake)
    except discord.NotFound as error:
        raise RecipientUnreachable(f"no Discord channel or user {chat_id}") from error


async def resolve_user(client: discord.Client, user_id: str) -> Sendable:
    """A user to DM (discord.py opens the DM channel on the first send)."""
    if not user_id.isdigit():
        raise RecipientUnreachable(f"not a Discord id: {user_id!r}")
    cached = client.get_user(int(user_id))
    if cached is not None:
        return cached
    try:
        return await client.fetch_user(int(user_id))
    except discord.NotFound as error:
        raise RecipientUnreachable(f"no Discord user {user_id}") from error


async def send_reply(
    target: Sendable,
    reply: Reply,
    *,
    addressed: bool,
    items: Items,
    owner: str | None = None,
    **extra: Any,
) -> discord.Message:
    """Send one reply (maybe several messages when it is long); returns the last message.

    `owner`: whose prompt the buttons answer (defaults to the addressed member).
    """
    owner = owner or reply.to_user_id
    message: discord.Message | None = None
    for part in render(reply, addressed=addressed, view=build_view(reply, owner, items)):
        message = await translated(target.send(**part.kwargs(), **extra))
        extra.pop("reference", None)  # only the first part answers the member's message
    assert message is not None
    return message


class DiscordMessenger:
    """Pushes reminders, check-ins and boards (the Messenger port).

    Raises RecipientUnreachable (closed DMs 50007, unknown or forbidden channel),
    RateLimited (a 429 discord.py would not wait out) or DeliveryFailed.
    """

    def __init__(self, client: discord.Client, items: Callable[[], Items], cards: CardMessages | None = None,
                 metrics: DiscordMetrics | None = None) -> None:
        self._metrics: DiscordMetrics = metrics or NoDiscordMetrics()
        self._client = client
        self._items = items
        self._cards = cards

    async def send(self, message: Outgoing) -> str | None:
        if not self._client.is_ready():
            raise DeliveryFailed("the Discord client is not connected")
        reply = message.reply
        private = reply.visibility is Visibility.PRIVATE and reply.to_user_id is not None
        if private and reply.to_user_id:
            target = await translated(resolve_user(self._client, reply.to_user_id))
        else:
            target = await translated(resolve(self._client, message.chat_id))
        in_server = isinstance(target, discord.abc.GuildChannel) or isinstance(target, discord.Thread)
        try:
            sent = await send_reply(target, reply, addressed=in_server and not private, items=self._items())
        except RateLimited:
            self._metrics.platform_rate_limited(PLATFORM)
            raise
        self._metrics.reply_sent(PLATFORM, "new")
        if reply.card is not None and self._cards is not None:
            # A pushed card (e.g. "rest over") is the card's message from now on; the old copy loses its buttons.
            await posted(self._cards, self._client, message.chat_id, reply.card.key, reply.card.revision, sent)
        return str(sent.id)
