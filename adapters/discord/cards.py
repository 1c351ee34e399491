"""Living cards on Discord: a Reply with `card` edits the message that shows it instead of posting a new one.

Which message shows which card is kept by a `CardMessages` store (the database's card table when the
composition root passes one, else memory), so edits continue after a restart. An edit that fails
(message deleted, too old) falls back to a new message, and a superseded card loses its buttons.
"""
from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

import discord

from adapters.discord.render import Rendered
from core.messages import Reply

log = logging.getLogger(__name__)

PLATFORM = "discord"


@dataclass(frozen=True)
class Shown:
    """Where a card is shown now: its channel, its message and the revision that message shows."""

    chat_id: str
    message_id: str
    revision: int


class CardMessages(Protocol):
    async def get(self, platform: str, key: str) -> Shown | None: ...

    async def put(self, platform: str, key: str, shown: Shown) -> None: ...


class MemoryCards:
    """The store for a bot without a database (tests, a console-only run)."""

    def __init__(self) -> None:
        self._shown: dict[tuple[str, str], Shown] = {}

    async def get(self, platform: str, key: str) -> Shown | None:
        return self._shown.get((platform, key))

    async def put(self, platform: str, key: str, shown: Shown) -> None:
        self._shown[(platform, key)] = shown


Send = Callable[[Rendered], Awaitable[discord.Message | discord.WebhookMessage]]


@dataclass
class Traffic:
    """What the bot did on Discord, counted for the chat-traffic benchmark."""

    new: int = 0
    edits: int = 0
    ephemeral: int = 0


async def show(
    reply: Reply,
    part: Rendered,
    *,
    cards: CardMessages,
    client: discord.Client,
    send: Send,
    pressed: discord.Interaction | None,
    traffic: Traffic,
) -> None:
    """Edit the card's message in place when it can be edited; else post it and remember where.

    `pressed`: the button press (or form) being answered, whose message can be edited through the
    interaction itself (no extra request once deferred). A card that asks for attention (`notify`)
    is posted again, so the member is pinged, and the old copy loses its buttons.
    """
    assert reply.card is not None
    key, revision = reply.card.key, reply.card.revision
    known = await cards.get(PLATFORM, key)
    if known is not None and known.revision > revision:
        return  # an older state arriving late: the message already shows something newer
    if known is not None and not reply.notify:
        if await _edit(known, part, client, pressed):
            traffic.edits += 1
            await cards.put(PLATFORM, key, Shown(known.chat_id, known.message_id, revision))
            return
    elif known is None and not reply.notify and pressed is not None and pressed.message is not None:
        # The question just answered turns into the card: no new message for it.
        if await _edit(Shown(str(pressed.channel_id), str(pressed.message.id), revision), part, client, pressed):
            traffic.edits += 1
            await cards.put(PLATFORM, key, Shown(str(pressed.channel_id), str(pressed.message.id), revision))
            return
    sent = await send(part)
    traffic.new += 1
    if known is not None and str(sent.id) != known.message_id:
        await _retire(known, client, pressed)
    await cards.put(PLATFORM, key, Shown(str(sent.channel.id), str(sent.id), revision))


async def _edit(shown: Shown, part: Rendered, client: discord.Client, pressed: discord.Interaction | None) -> bool:
    kwargs: dict[str, Any] = part.kwargs()
    kwargs.pop("files", None)  # cards carry no files; an edit keeps the message's attachments as they are
    kwargs.setdefault("view", None)  # a card without a question has no buttons left
    try:
        if pressed is not None and pressed.message is not None and str(pressed.message.id) == shown.message_id:
            await pressed.edit_original_response(**kwargs)
        else:
            channel = client.get_partial_messageable(int(shown.chat_id))
            await channel.get_partial_message(int(shown.message_id)).edit(**kwargs)
        return True
    except discord.HTTPException as error:
        # Deleted (10008), too old or no longer ours: the caller posts the card again.
        log.info("card message %s could not be edited (%s); posting it again", shown.message_id, error.code)
        return False


async def _retire(shown: Shown, client: discord.Client, pressed: discord.Interaction | None) -> None:
    """A superseded copy keeps its text but loses its buttons, so it cannot be pressed by mistake."""
    with contextlib.suppress(discord.HTTPException):
        if pressed is not None and pressed.message is not None and str(pressed.message.id) == shown.message_id:
            await pressed.edit_original_response(view=None)
        else:
            channel = client.get_partial_messageable(int(shown.chat_id))
            await channel.get_partial_message(int(shown.message_id)).edit(view=None)
