"""Where each of the coach's replies goes on Discord: the chat, an ephemeral answer, a DM or another chat."""
from __future__ import annotations

from enum import Enum

import discord

from core.messages import ChatKind, Incoming, Reply, Visibility


class Route(Enum):
    PUBLIC = "public"  # the chat the member wrote in
    EPHEMERAL = "ephemeral"  # only the member who wrote (a server channel)
    DM = "dm"  # a direct message to one member
    ELSEWHERE = "elsewhere"  # another chat, pushed like a reminder


def route(reply: Reply, incoming: Incoming) -> Route:
    if reply.chat_id is not None and reply.chat_id != incoming.chat_id:
        return Route.ELSEWHERE
    if reply.toast and incoming.chat_kind is ChatKind.GROUP:
        return Route.EPHEMERAL
    if not_the_owner(incoming) and incoming.chat_kind is ChatKind.GROUP:
        return Route.EPHEMERAL  # someone pressed another member's button: only they see the answer
    if reply.visibility is Visibility.PRIVATE:
        if reply.to_user_id not in (None, incoming.sender_id):
            return Route.DM
        return Route.EPHEMERAL if incoming.chat_kind is ChatKind.GROUP else Route.PUBLIC
    return Route.PUBLIC


def not_the_owner(incoming: Incoming) -> bool:
    return incoming.reply_to_user_id is not None and incoming.reply_to_user_id != incoming.sender_id


def is_addressed(reply: Reply, incoming: Incoming) -> bool:
    return incoming.chat_kind is ChatKind.GROUP and reply.to_user_id is not None


def button_owner(reply: Reply, incoming: Incoming) -> str | None:
    """Whose prompt the buttons answer; in a server, by default the member who asked."""
    if reply.to_user_id:
        return reply.to_user_id
    return incoming.sender_id if incoming.chat_kind is ChatKind.GROUP else None


def ping(user_id: str) -> discord.AllowedMentions:
    return discord.AllowedMentions(everyone=False, roles=False, users=[discord.Object(int(user_id))])
