"""One message being handled: what came in, who said it, and the replies being built."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from core.conversation import Conversation, Step
from core.messages import ChatKind, Choice, Incoming, Reply, Visibility
from core.model import Profile
from core.ports import UnitOfWork
from core.progress.ports import Outputs
from core.workout.model import Workout


@dataclass(frozen=True)
class CardView:
    """This turn answers with the person's session card (core/cards folds the turn's prompts into it)."""

    workout: Workout | None
    notify: bool = False  # send it as a fresh message (session start, resume): the person needs a ping
    closed: bool = False  # the session is over: no buttons; what follows goes out as one new message
    start: int = 0  # replies from this index on are the card's (earlier ones are messages of their own)


@dataclass
class Turn:
    uow: UnitOfWork
    incoming: Incoming
    now: datetime
    profile: Profile
    conversation: Conversation
    replies: list[Reply] = field(default_factory=list)
    outputs: Outputs | None = None  # chart renderer and file store, when the coach has them
    card: CardView | None = None
    card_change: str = ""  # one short line saying what this turn changed on the card

    @property
    def in_group(self) -> bool:
        return self.incoming.chat_kind is ChatKind.GROUP

    @property
    def said(self) -> str:
        return self.incoming.said.strip()

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.profile.timezone)

    def local_today(self) -> date:
        return self.now.astimezone(self.zone).date()

    def say(self, text: str, choices: tuple[Choice, ...] = (), *, expects_answer: bool = False) -> None:
        """Answer in the chat the message came from, addressed to its sender."""
        self.replies.append(
            Reply(
                text=text,
                choices=choices,
                to_user_id=self.incoming.sender_id,
                to_user_name=self.incoming.sender_name,
                expects_answer=expects_answer,
            )
        )

    def say_private(self, text: str, choices: tuple[Choice, ...] = ()) -> None:
        """Something only the sender may see (their private chat, an ephemeral reply)."""
        self.replies.append(
            Reply(
                text=text,
                choices=choices,
                visibility=Visibility.PRIVATE,
                to_user_id=self.incoming.sender_id,
                to_user_name=self.incoming.sender_name,
            )
        )

    def say_personal(self, text: str, choices: tuple[Choice, ...] = ()) -> None:
        """Personal data: in a private chat as usual, from a group only privately."""
        if self.in_group:
            self.say_private(text, choices)
        else:
            self.say(text, choices)

    def toast(self, text: str) -> None:
        """A short notice answering a button press; only the presser sees it."""
        self.replies.append(
            Reply(text=text, visibility=Visibility.PRIVATE, to_user_id=self.incoming.sender_id,
                  to_user_name=self.incoming.sender_name, toast=True)
        )

    def show_card(self, workout: Workout | None, *, notify: bool = False, closed: bool = False) -> None:
        """Answer with the session card; what is said from the first call on is folded into it."""
        if self.card is None:
            self.card = CardView(workout, notify, closed, len(self.replies))
        else:
            kept = workout if workout is not None else self.card.workout
            self.card = replace(self.card, workout=kept, notify=notify or self.card.notify, closed=closed)

    def ask(self, text: str, choices: tuple[Choice, ...] = ()) -> None:
        self.say(text, choices, expects_answer=True)

    async def save_profile(self, profile: Profile) -> None:
        self.profile = profile
        await self.uow.users.save(profile)

    async def move_to(self, step: Step, **data: object) -> None:
        """Move the conversation on; it remembers the chat where the open question lives."""
        self.conversation = self.conversation.at(step, **data)
        await self._store_conversation()

    async def go_idle(self) -> None:
        self.conversation = self.conversation.idle()
        await self._store_conversation()

    async def _store_conversation(self) -> None:
        # Every move is a new question: buttons of the one before it no longer answer anything.
        self.conversation = replace(
            self.conversation,
            revision=self.conversation.revision + 1,
            platform=self.incoming.platform,
            chat_id=self.incoming.chat_id,
            chat_kind=self.incoming.chat_kind.value,
        )
        await self.uow.conversations.save(self.conversation)


def numbered(options: tuple[tuple[str, str], ...], prefix: str = "") -> tuple[Choice, ...]:
    """Buttons for numbered options; the payload is the number, the same as typing it."""
    return tuple(Choice(label=f"{i}. {label}", payload=f"{prefix}{i}") for i, (_, label) in enumerate(options, 1))


def render_numbered(question: str, options: tuple[tuple[str, str], ...]) -> str:
    lines = [question] + [f"{i}. {label}" for i, (_, label) in enumerate(options, 1)]
    return "\n".join(lines)
