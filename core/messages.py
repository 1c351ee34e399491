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
    revision: int | None = None  # a pressed button's question revision (Choice.revision); None when typed
    card_owner_id: str | None = None  # whose card the pressed button was on, when the platform tells us

    @property
    def said(self) -> str:
        """What the person said: the button payload when one was pressed, else the text."""
        return self.payload if self.payload is not None else self.text


@dataclass(frozen=True)
class Choice:
    """A quick answer offered as a button; pressing it is the same as typing `payload`."""

    label: str
    payload: str
    revision: int | None = None  # the revision of the question it answers; a press on a passed one changes nothing


@dataclass(frozen=True)
class Attachment:
    """A file the coach sends: a chart (image) or an export (document)."""

    path: str
    filename: str
    kind: str  # "image" or "document"


@dataclass(frozen=True)
class CardRef:
    """A living message: the one platform message that shows card `key`, edited in place as it changes.

    `key` is stable for the life of the thing shown (e.g. "session:42", one per person); `revision` grows
    with every change, so an adapter can drop a stale edit and a button can say which question it answered.

    How an adapter renders a `Reply` whose `card` is set (see docs/cards.md):
    1. Look up where the card is shown: `CardMessages.find(platform, chat_id, key)` (core/ports.py) gives
       the platform message id and the revision last shown, kept in the database so edits survive a restart.
    2. No message yet, or `reply.notify` is True (a new session, a resume after a pause): send the card as a
       NEW message (with the mention in a group), remember it, and remove the buttons of the message it
       supersedes (that old card must not be pressed any more).
    3. Otherwise, when the stored revision is newer than `card.revision`, drop this stale edit; else EDIT the
       stored message in place (text and buttons together), silently. "Message is not modified" is success.
       When the platform refuses the edit (message deleted, too old), send a new message and remember it.
    4. `reply.change` is one short line saying what changed ("set 2 of 3 logged: 10 × 14 kg"): a compact
       renderer (the console) may show only that line for an edit; Telegram may use it for the toast.
    5. Every `Choice` on a card carries `revision`; send it with the button (Telegram: inside the callback
       data; Discord: in the custom id) and hand it back as `Incoming.revision` when pressed, with
       `Incoming.card_owner_id` set to the person the card belongs to when the platform can tell.
    A `Reply` with `toast=True` answers a button press: Telegram answerCallbackQuery, Discord an ephemeral
    response; with no press to answer, send it as a short private message (or drop it, Discord).
    """

    key: str
    revision: int


@dataclass(frozen=True)
class Reply:
    """One message the coach sends back (or, with `card`, the new state of a living message)."""

    text: str
    choices: tuple[Choice, ...] = ()
    visibility: Visibility = Visibility.PUBLIC
    to_user_id: str | None = None  # the person it is addressed to (mention, private delivery)
    to_user_name: str = ""
    chat_id: str | None = None  # None: the chat the incoming message came from
    expects_answer: bool = False  # a prompt whose typed answer must reach the bot (ForceReply)
    attachment: Attachment | None = None
    mentions: tuple[tuple[str, str], ...] = field(default=())  # (user id, display name)
    card: CardRef | None = None  # edit the message showing this card (send it when there is none yet)
    notify: bool = True  # with `card`: False means edit silently; True means the person needs a fresh ping
    toast: bool = False  # a short notice answering a button press (Telegram toast, Discord ephemeral)
    change: str = ""  # with `card`: one short line saying what changed, for compact renderers and toasts


@dataclass(frozen=True)
class Outgoing:
    """A message pushed without a prompt (reminder, check-in, board), for the Messenger port."""

    platform: str
    chat_id: str
    reply: Reply
