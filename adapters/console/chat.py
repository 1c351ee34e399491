"""The console chat: each typed line becomes an Incoming; each Reply is printed (or written as JSON)."""
from __future__ import annotations

import asyncio
import getpass
import json
import re
import sys
import threading
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import IO, Protocol

from core.commands import split_command
from core.messages import ID_LIMIT, ChatKind, Choice, Incoming, Outgoing, Reply, Visibility, clean
from core.text import edges as say

PLATFORM = "console"
DEFAULT_USER = "you"
_SHIFT = re.compile(r"^\+(\d+)([dhm])$")
MAX_SHIFT_DAYS = 3660
FIRST_YEAR, LAST_YEAR = 2000, 2100  # the clock stays where dates, weeks and time zones still make sense
_NOT_A_NAME = frozenset({"root", "nobody", "backcoach", "user", "ubuntu"})


class BadClock(ValueError):
    """A /clock argument the console cannot use."""


def default_name() -> str:
    """What the coach calls the default console user: their login name when it looks like one, else "Lifter"."""
    try:
        login = getpass.getuser()
    except (KeyError, OSError):
        return "Lifter"
    return login.capitalize() if login.isalpha() and login.lower() not in _NOT_A_NAME else "Lifter"


class CoachLike(Protocol):
    async def handle(self, incoming: Incoming) -> list[Reply]: ...


class MovableClockLike(Protocol):
    def now(self) -> datetime: ...

    def move(self, by: timedelta) -> None: ...

    def set(self, when: datetime) -> None: ...


class ConsoleChat:
    """Who is speaking and where: `/as NAME`, `/group NAME`, `/private`; `/clock +1d` moves time."""

    def __init__(
        self,
        coach: CoachLike,
        clock: MovableClockLike,
        *,
        user: str = DEFAULT_USER,
        group: str | None = None,
        json_mode: bool = False,
        out: IO[str] | None = None,
        on_clock_moved: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self._coach = coach
        self._clock = clock
        self.user = user
        self.group = group
        self._json = json_mode
        self._out = out or sys.stdout
        # Buttons belong to the person and the chat they were shown in: (user id, chat id) -> choices.
        self._choices: dict[tuple[str, str], tuple[Choice, ...]] = {}
        self._on_clock_moved = on_clock_moved
        self._cards: dict[tuple[str, str], int] = {}  # (chat, card key) -> revision shown

    @property
    def chat_id(self) -> str:
        return f"group:{self.group}" if self.group else f"dm:{self.user}"

    async def run(self, lines: IO[str] | None = None) -> None:
        source = lines or sys.stdin
        incoming = _lines_from(source)
        while True:
            if not self._json and source.isatty():
                self._write(f"{self.user}{'@' + self.group if self.group else ''}> ", end="")
            line = await incoming.get()
            if not line:
                return
            if line.strip() in {"/quit", "/exit"}:
                return
            await self.say(line.rstrip("\n"))

    async def say(self, line: str) -> None:
        line = line.strip()
        if not line:
            return
        if await self._meta(line):
            return
        payload = None
        if line.startswith("/press "):
            payload = line.removeprefix("/press ").strip()
        else:
            shown = self._choices.get((self.user, self.chat_id), ())
            payload = next((c.payload for c in shown if c.label.lower() == line.lower() and c.payload != line), None)
        # A press carries the revision of the buttons it came from, as on a phone.
        shown = self._choices.get((self.user, self.chat_id), ())
        revision = next((c.revision for c in shown if c.payload == payload), None) if payload else None
        incoming = Incoming(
            platform=PLATFORM,
            chat_id=self.chat_id,
            chat_kind=ChatKind.GROUP if self.group else ChatKind.PRIVATE,
            sender_id=self.user,
            sender_name=default_name() if self.user == DEFAULT_USER else self.user,
            sent_at=self._clock.now(),
            text="" if payload is not None else line,
            payload=payload,
            sender_is_admin=True,
            chat_title=self.group or "",
            revision=revision,
        )
        self.show(await self._coach.handle(incoming))
        if payload is None and (split_command(line) or ("", ""))[0] == "help":
            self._note(say.CONSOLE_HELP, bare=True)

    async def _meta(self, line: str) -> bool:
        word, _, rest = line.partition(" ")
        rest = rest.strip()
        if word in {"/as", "/group"} and not clean(rest, ID_LIMIT):
            self._note(say.CONSOLE_NAME_HINT.format(command=word))
            return True
        if word == "/as":
            self.user = clean(rest, ID_LIMIT)  # as the coach will see it, so their buttons are found again
        elif word == "/group":
            self.group = clean(rest, ID_LIMIT - len("group:"))
        elif word == "/private":
            self.group = None
        elif word == "/ping":
            self._note("pong")  # lets a script know every reply to its last line has been written
            return True
        elif word == "/clock":
            try:
                self._move_clock(rest)
            except BadClock:
                self._note(say.CLOCK_HINT.format(days=MAX_SHIFT_DAYS, first=FIRST_YEAR, last=LAST_YEAR - 1))
                return True
            if self._on_clock_moved:
                await self._on_clock_moved()
        else:
            return False
        self._note(f"now: {self.user} in {self.chat_id}, clock {self._clock.now():%Y-%m-%d %H:%M} UTC")
        return True

    def _move_clock(self, spec: str) -> None:
        by: timedelta | None = None
        try:
            if m := _SHIFT.fullmatch(spec):
                amount, unit = int(m.group(1)), m.group(2)
                by = timedelta(**{{"d": "days", "h": "hours", "m": "minutes"}[unit]: amount})
                when = self._clock.now() + by
            else:
                when = datetime.fromisoformat(spec)
                when = when if when.tzinfo else when.replace(tzinfo=UTC)
        except (ValueError, OverflowError):
            raise BadClock(spec) from None
        if by is not None and by > timedelta(days=MAX_SHIFT_DAYS) or not FIRST_YEAR <= when.astimezone(UTC).year < LAST_YEAR:
            raise BadClock(spec)
        if by is not None:
            self._clock.move(by)
        else:
            self._clock.set(when)

    def show(self, replies: list[Reply], *, pushed: bool = False, chat_id: str | None = None) -> None:
        carded = any(reply.card is not None for reply in replies)
        for reply in replies:
            if reply.toast and carded and not self._json:
                continue  # the card's line says the same
            target = reply.chat_id or chat_id or self.chat_id
            if reply.visibility is Visibility.PRIVATE:
                target = f"dm:{reply.to_user_id}"
            if reply.choices or reply.card is not None:
                # Buttons belong to the person and chat they were shown to.
                self._choices[(reply.to_user_id or self.user, target)] = reply.choices
            edit = False
            if reply.card is not None:
                shown = self._cards.get((target, reply.card.key))
                if shown is not None and shown > reply.card.revision:
                    continue  # a stale edit
                edit = shown is not None and not reply.notify
                self._cards[(target, reply.card.key)] = reply.card.revision
            if self._json:
                self._write(json.dumps(_as_json(reply, target, pushed) | {"edit": edit}, ensure_ascii=False))
            elif reply.toast:
                self._write(f"  (toast: {reply.text})")
            elif edit and reply.change:
                self._write(_card_edit(reply, target, self.chat_id))  # an edit that says nothing is shown whole
            else:
                self._write(_as_text(reply, target, pushed, self.chat_id))

    def _note(self, text: str, *, bare: bool = False) -> None:
        if self._json:
            self._write(json.dumps({"note": text}))
        elif bare:
            self._write("\n".join(f"  {line}" for line in text.splitlines()))
        else:
            self._write(f"  ({text})")

    def _write(self, text: str, end: str = "\n") -> None:
        self._out.write(text + end)
        self._out.flush()


def _lines_from(source: IO[str]) -> asyncio.Queue[str]:
    """Lines read by a daemon thread: a blocked read must not keep Ctrl-C from ending the process."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str] = asyncio.Queue()

    def read() -> None:
        while True:
            line = source.readline()
            try:
                loop.call_soon_threadsafe(queue.put_nowait, line)
            except RuntimeError:
                return  # the chat has ended and its loop is closed
            if not line:
                return

    threading.Thread(target=read, name="console-input", daemon=True).start()
    return queue


def _as_json(reply: Reply, target: str, pushed: bool) -> dict[str, object]:
    return {
        "chat": target,
        "to": reply.to_user_id,
        "text": reply.text,
        "buttons": [{"label": c.label, "payload": c.payload} for c in reply.choices],
        "visibility": reply.visibility.value,
        "attachment": reply.attachment.path if reply.attachment else None,
        "pushed": pushed,
        "card": reply.card.key if reply.card else None,
        "toast": reply.toast,
        "change": reply.change,
    }


def _card_edit(reply: Reply, target: str, current_chat: str) -> str:
    """A card edit in one line (what changed), then the question it now asks, not the whole card again."""
    where = "" if target == current_chat else f" [{target}]"
    _, _, asks = reply.text.partition("\n\n")
    lines = [f"card ✎{where} {reply.change}".rstrip()]
    if asks:
        lines.append(f"coach{where}: {asks}")
    if reply.choices:
        lines.append("   " + " ".join(f"[{c.label}]" for c in reply.choices))
    return "\n".join(lines)


def _as_text(reply: Reply, target: str, pushed: bool, current_chat: str) -> str:
    where = "" if target == current_chat else f" [{target}]"
    tag = "coach (reminder)" if pushed else "coach"
    if reply.visibility is Visibility.PRIVATE:
        tag += f" (private to {reply.to_user_id})"
    elif reply.to_user_id and target.startswith("group:"):
        tag += f" → @{reply.to_user_name or reply.to_user_id}"
    lines = [f"{tag}{where}: {reply.text}"]
    if reply.choices:
        lines.append("   " + " ".join(f"[{c.label}]" for c in reply.choices))
    if reply.attachment:
        lines.append(f"   file: {reply.attachment.path}")
    return "\n".join(lines)


class ConsoleMessenger:
    """Pushed messages (reminders, check-ins, boards) printed into the console chat."""

    def __init__(self, chat: ConsoleChat) -> None:
        self._chat = chat

    async def send(self, message: Outgoing) -> str | None:
        self._chat.show([message.reply], pushed=True, chat_id=message.chat_id)
        return None
