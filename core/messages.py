"""The platform-neutral message contract between adapters and the coach."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class ChatKind(StrEnum):
    PRIVATE = "private"
    GROUP = "group"


class Visibility(StrEnum):
    PUBLIC = "public"  # shown in the chat the message came from
    PRIVATE = "private"  # only the addressed person sees it (DM, ephemeral)


@dataclass(frozen=True)
class Incoming:
    """One thing a person said or pressed, as every adapter delivers it."""

    platform: str  # "console", "telegram", "discord"
    chat_id: str
    chat_kind: ChatKind
    sender_id: str
    sender_name: str
    sent_at: datetime  # aware, UTC
    text: str = ""
    payload: str | None = None  # a pressed button's stable payload, e.g. "pain:7"
    message_id: str | None = None  # platform id, used to handle redeliveries once
    reply_to_user_id: str | None = None  # whose prompt this message answers, when known
    sender_is_admin: bool = False  # a chat admin (group settings are for admins)
    chat_title: str = ""

    @property
    def said(self) -> str:
        """What the person said: the button payload when one was pressed, else the text."""
        return self.payload if self.payload is not None else self.text


@dataclass(frozen=True)
class Choice:
    """A quick answer offered as a button; pressing it is the same as typing `payload`."""

    label: str
    payload: str


@dataclass(frozen=True)
class Attachment:
    """A file the coach sends: a chart (image) or an export (document)."""

    path: str
    filename: str
    kind: str  # "image" or "document"


@dataclass(frozen=True)
class Reply:
    """One message the coach sends back."""

    text: str
    choices: tuple[Choice, ...] = ()
    visibility: Visibility = Visibility.PUBLIC
    to_user_id: str | None = None  # the person it is addressed to (mention, private delivery)
    to_user_name: str = ""
    chat_id: str | None = None  # None: the chat the incoming message came from
    expects_answer: bool = False  # a prompt whose typed answer must reach the bot (ForceReply)
    attachment: Attachment | None = None
    mentions: tuple[tuple[str, str], ...] = field(default=())  # (user id, display name)


@dataclass(frozen=True)
class Outgoing:
    """A message pushed without a prompt (reminder, check-in, board), for the Messenger port."""

    platform: str
    chat_id: str
    reply: Reply
