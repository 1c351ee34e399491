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
from typing import Any

import discord

from adapters.discord.metrics import DiscordMetrics, NoDiscordMetrics
from adapters.discord.render import Rendered
from core.messages import Reply
from core.ports import CardMessages
from core.cards.memory import MemoryCardMessages as MemoryCards

log = logging.getLogger(__name__)

PLATFORM = "discord"


@dataclass(frozen=True)
class Shown:
    """Where a card is shown now: its Discord channel, its message and the revision that message shows."""

    channel_id: str
    message_id: str
    revision: int

    @property
    def ref(self) -> str:
        # The store's "platform message id": a DM's chat id is the member's id, so the channel goes along.
        return f"{self.channel_id}/{self.message_id}"


async def _find(cards: CardMessages, chat_id: str, key: str) -> Shown | None:
    found = await cards.find(PLATFORM, chat_id, key)
    if found is None or "/" not in found[0]:
        return None
    channel_id, _, message_id = found[0].partition("/")
    return Shown(channel_id, message_id, found[1])


async def _remember(cards: CardMessages, chat_id: str, key: str, shown: Shown) -> None:
    await cards.remember(PLATFORM, chat_id, key, shown.ref, shown.revision)


Send = Callable[[Rendered], Awaitable[discord.Message | discord.WebhookMessage]]


def _counter(kind: str) -> Any:
    def get(self: Traffic) -> int:
        return self._counts[kind]

    def set_(self: Traffic, value: int) -> None:
        for _ in range(value - self._counts[kind]):
            self.metrics.reply_sent(PLATFORM, kind)
        self._counts[kind] = value

    return property(get, set_)


class Traffic:
    """What the bot did on Discord: counted for the chat-traffic benchmark and reported to the metrics sink.

    The senders count with `traffic.new += 1`; each step up also goes to the sink, so no send site
    can count one and forget the other.
    """

    new = _counter("new")
    edits = _counter("edit")
    ephemeral = _counter("ephemeral")

    def __init__(self, metrics: DiscordMetrics | None = None) -> None:
        self.metrics: DiscordMetrics = metrics or NoDiscordMetrics()
        self._counts = {"new": 0, "edit": 0, "ephemeral": 0}

    def __repr__(self) -> str:
        return f"Traffic(new={self.new}, edits={self.edits}, ephemeral={self.ephemeral})"


async def show(
    reply: Reply,
    part: Rendered,
    *,
    chat_id: str,
    cards: CardMessages,
    client: discord.Client,
    send: Send,
    pressed: discord.Interaction | None,
    traffic: Traffic,
) -> Shown | None:
    """Edit the card's message in place when it can be edited; else post it and remember where.
    Returns where the card is shown now (None: this state was older than the one shown).

    `pressed`: the button press (or form) being answered, whose message can be edited through the
    interaction itself (no extra request once deferred). A card that asks for attention (`notify`)
    is posted again, so the member is pinged, and the old copy loses its buttons.
    """
    assert reply.card is not None
    key, revision = reply.card.key, reply.card.revision
    known = await _find(cards, chat_id, key)
    if known is not None and known.revision > revision:
        return None  # an older state arriving late: the message already shows something newer
    if known is not None and not reply.notify:
        if await _edit(known, part, client, pressed):
            traffic.edits += 1
            now = Shown(known.channel_id, known.message_id, revision)
            await _remember(cards, chat_id, key, now)
            return now
    elif known is None and not reply.notify and pressed is not None and pressed.message is not None:
        # The question just answered turns into the card: no new message for it.
        here = Shown(str(pressed.message.channel.id), str(pressed.message.id), revision)
        if await _edit(here, part, client, pressed):
            traffic.edits += 1
            await _remember(cards, chat_id, key, here)
            return here
    sent = await send(part)  # counted by the sender
    if known is not None and str(sent.id) != known.message_id:
        await _retire(known, client, pressed)
    now = Shown(str(sent.channel.id), str(sent.id), revision)
    await _remember(cards, chat_id, key, now)
    return now


async def _edit(shown: Shown, part: Rendered, client: discord.Client, pressed: discord.Interaction | None) -> bool:
    kwargs: dict[str, Any] = part.kwargs()
    kwargs.pop("files", None)  # cards carry no files; an edit keeps the message's attachments as they are
    kwargs.setdefault("view", None)  # a card without a question has no buttons left
    try:
        if pressed is not None and pressed.message is not None and str(pressed.message.id) == shown.message_id:
            await pressed.edit_original_response(**kwargs)
        else:
            channel = client.get_partial_messageable(int(shown.channel_id))
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
            channel = client.get_partial_messageable(int(shown.channel_id))
            await channel.get_partial_message(int(shown.message_id)).edit(view=None)


async def posted(cards: CardMessages, client: discord.Client, chat_id: str, key: str, revision: int,
                 sent: discord.Message) -> None:
    """Record a card that was posted outside an answer (a push); a newer one already shown wins."""
    known = await _find(cards, chat_id, key)
    if known is not None and known.revision > revision:
        return
    if known is not None and known.message_id != str(sent.id):
        await _retire(known, client, None)
    await _remember(cards, chat_id, key, Shown(str(sent.channel.id), str(sent.id), revision))
