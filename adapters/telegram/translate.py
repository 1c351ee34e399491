"""Telegram Update -> the coach's Incoming. Pure: no network, no state."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from telegram import Message, MessageEntity, Update

from core.messages import ChatKind, Incoming

PLATFORM = "telegram"


@dataclass(frozen=True)
class BotIdentity:
    id: int
    username: str


def addressed_user(message: Message | None, bot: BotIdentity) -> str | None:
    """The member a bot message was addressed to, read from its first text mention.

    The adapter opens every message addressed to a member with a text mention
    (tg://user?id=...), and Telegram gives it back inside `reply_to_message`, so the
    attribution survives restarts without the adapter storing anything.
    """
    if message is None or message.from_user is None or message.from_user.id != bot.id:
        return None
    for entity in (*(message.entities or ()), *(message.caption_entities or ())):
        if entity.type == MessageEntity.TEXT_MENTION and entity.user is not None:
            return str(entity.user.id)
    return None


def _chat_kind(chat_type: str) -> ChatKind | None:
    if chat_type == "private":
        return ChatKind.PRIVATE
    if chat_type in ("group", "supergroup"):
        return ChatKind.GROUP
    return None  # channels are not for a coach


def _for_this_bot(text: str, message: Message, bot: BotIdentity) -> str | None:
    """The text with `@BotName` removed, or None when the message is not meant for this bot."""
    handle = f"@{bot.username}".lower()
    if text.startswith("/"):
        head, sep, rest = text.partition(" ")
        command, _, target = head.partition("@")
        if target and target.lower() != bot.username.lower():
            return None  # /today@SomeOtherBot
        return command + sep + rest
    if message.chat.type == "private":
        return text
    # In groups only what privacy mode would show the bot: replies to it and mentions of it.
    if message.reply_to_message is not None and message.reply_to_message.from_user is not None:
        if message.reply_to_message.from_user.id == bot.id:
            return text
    if handle in text.lower():
        at = text.lower().index(handle)
        return (text[:at] + text[at + len(handle) :]).strip(" ,:")
    return None


def message_to_incoming(update: Update, bot: BotIdentity) -> Incoming | None:
    message = update.message
    if message is None or message.from_user is None or message.from_user.is_bot:
        return None
    kind = _chat_kind(message.chat.type)
    text = message.text or message.caption or ""
    if kind is None or not text:
        return None
    said = _for_this_bot(text, message, bot)
    if said is None:
        return None
    return Incoming(
        platform=PLATFORM,
        chat_id=str(message.chat.id),
        chat_kind=kind,
        sender_id=str(message.from_user.id),
        sender_name=message.from_user.first_name,
        sent_at=message.date.astimezone(UTC),
        text=said,
        message_id=f"tg:{update.update_id}",
        reply_to_user_id=addressed_user(message.reply_to_message, bot),
        chat_title=message.chat.title or "",
    )


def press_to_incoming(update: Update, bot: BotIdentity, payload: str, now: datetime, revision: int | None = None) -> Incoming | None:
    query = update.callback_query
    if query is None or query.from_user.is_bot:
        return None
    message = query.message if isinstance(query.message, Message) else None
    chat = query.message.chat if query.message is not None else None
    owner = addressed_user(message, bot)  # a group card opens with its owner's mention
    kind = _chat_kind(chat.type) if chat is not None else ChatKind.PRIVATE
    if kind is None:
        return None
    return Incoming(
        platform=PLATFORM,
        chat_id=str(chat.id) if chat is not None else str(query.from_user.id),
        chat_kind=kind,
        sender_id=str(query.from_user.id),
        sender_name=query.from_user.first_name,
        sent_at=now,
        payload=payload,
        message_id=f"tg:{update.update_id}",
        reply_to_user_id=owner,
        chat_title=(chat.title or "") if chat is not None else "",
        revision=revision,
        card_owner_id=owner,
    )
