"""Discord events -> Incoming. Private chats use the member's user id as chat id (like Telegram)."""
from __future__ import annotations

import re

import discord

from core.messages import ChatKind, Incoming

PLATFORM = "discord"


def _chat(channel: object, user: discord.abc.User, guild: discord.Guild | None) -> tuple[str, ChatKind, str]:
    if guild is None:
        # A DM: the person's id is the chat id, so the coach (and the Messenger) can reach them by it.
        return str(user.id), ChatKind.PRIVATE, ""
    return str(getattr(channel, "id", "")), ChatKind.GROUP, str(getattr(channel, "name", "") or "")


def _is_admin(user: discord.abc.User, permissions: discord.Permissions | None) -> bool:
    if permissions is None and isinstance(user, discord.Member):
        permissions = user.guild_permissions
    return bool(permissions and (permissions.administrator or permissions.manage_guild))


def from_interaction(
    interaction: discord.Interaction,
    *,
    text: str = "",
    payload: str | None = None,
    reply_to_user_id: str | None = None,
    revision: int | None = None,
) -> Incoming:
    chat_id, kind, title = _chat(interaction.channel, interaction.user, interaction.guild)
    return Incoming(
        platform=PLATFORM,
        chat_id=chat_id,
        chat_kind=kind,
        sender_id=str(interaction.user.id),
        sender_name=interaction.user.display_name,
        sent_at=interaction.created_at,
        text=text if payload is None else payload,
        payload=payload,
        message_id=f"dc:{interaction.id}",
        reply_to_user_id=reply_to_user_id,
        sender_is_admin=kind is ChatKind.GROUP and _is_admin(interaction.user, interaction.permissions),
        chat_title=title,
        revision=revision,
        card_owner_id=reply_to_user_id,
    )


def strip_bot_mention(content: str, bot_id: int) -> str:
    return re.sub(rf"<@!?{bot_id}>", " ", content).strip()


def replied_bot_message(message: discord.Message, bot_id: int) -> discord.Message | None:
    """The bot's message this one answers (Discord's "Reply"), when it is in the cache."""
    resolved = message.reference.resolved if message.reference is not None else None
    if isinstance(resolved, discord.Message) and resolved.author.id == bot_id:
        return resolved
    return None


def from_message(message: discord.Message, bot_id: int) -> Incoming:
    chat_id, kind, title = _chat(message.channel, message.author, message.guild)
    answered = replied_bot_message(message, bot_id)
    # The member a bot prompt addressed is its first mention; the core checks the answer comes from them.
    addressed = next((str(u.id) for u in answered.mentions if u.id != bot_id), None) if answered else None
    return Incoming(
        platform=PLATFORM,
        chat_id=chat_id,
        chat_kind=kind,
        sender_id=str(message.author.id),
        sender_name=message.author.display_name,
        sent_at=message.created_at,
        text=strip_bot_mention(message.content, bot_id),
        message_id=f"dc:{message.id}",
        reply_to_user_id=addressed,
        sender_is_admin=kind is ChatKind.GROUP and _is_admin(message.author, None),
        chat_title=title,
    )


def is_for_the_bot(message: discord.Message, bot_id: int, read_all: bool) -> bool:
    """DMs, mentions and replies to the bot always; any member message in a server with message content."""
    if message.author.bot or message.webhook_id is not None:
        return False
    if message.guild is None or read_all:
        return True
    mentioned = any(u.id == bot_id for u in message.mentions)
    return mentioned or replied_bot_message(message, bot_id) is not None
