"""Driving the Bot API emulator (compat_server.js) as Telegram users would."""
from __future__ import annotations

import asyncio
import html
import inspect
import json
import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Callable

import httpx

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
BOT_ID = 666
BOT_USERNAME = "BackcoachTestBot"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def emulator_missing() -> str | None:
    """Why the emulator cannot run here, or None when it can."""
    if shutil.which("node") is None:
        return "node is not installed"
    if not (REPO / "node_modules" / "telegram-test-api").is_dir():
        return "node_modules/telegram-test-api is missing: run `npm ci` at the repo root"
    return None


class EmulatorProcess:
    """telegram-test-api behind the compat layer, on a free 127.0.0.1 port."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._proc: subprocess.Popen[str] | None = None

    def start(self) -> None:
        env = {**os.environ, "NODE_PATH": str(REPO / "node_modules")}
        self._proc = subprocess.Popen(
            ["node", str(HERE / "compat_server.js"), str(self.port)],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if not line.startswith("ready"):
            err = self._proc.stderr.read() if self._proc.stderr else ""
            raise RuntimeError(f"emulator did not start: {line!r} {err}")

    def stop(self) -> None:
        if self._proc is None:
            return
        self._proc.terminate()
        try:
            self._proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()


class _Plain(HTMLParser):
    """HTML as Telegram delivers it back: plain text plus text_mention entities (UTF-16 offsets)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.entities: list[dict[str, Any]] = []
        self._open: tuple[int, int] | None = None

    def _len(self) -> int:
        return len(self.text.encode("utf-16-le")) // 2

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href") or ""
        if tag == "a" and href.startswith("tg://user?id="):
            self._open = (self._len(), int(href.split("=", 1)[1]))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._open is not None:
            start, user_id = self._open
            self.entities.append({
                "type": "text_mention", "offset": start, "length": self._len() - start,
                "user": {"id": user_id, "is_bot": False, "first_name": self.text[start:]},
            })
            self._open = None

    def handle_data(self, data: str) -> None:
        self.text += data


@dataclass
class BotMessage:
    """One message the bot sent, as the emulator stored it."""

    raw: dict[str, Any]

    @property
    def message_id(self) -> int:
        return int(self.raw["message_id"])

    @property
    def chat_id(self) -> str:
        return str(self.raw["chat_id"])

    @property
    def edits(self) -> int:
        """How many times the bot had edited this message when this copy of it was read (0: as sent)."""
        return int(self.raw.get("edits") or 0)

    @property
    def html(self) -> str:
        return str(self.raw.get("text") or self.raw.get("caption") or "")

    def _plain(self) -> _Plain:
        parser = _Plain()
        parser.feed(self.html)
        parser.close()
        return parser

    @property
    def text(self) -> str:
        return self._plain().text

    @property
    def mentioned(self) -> list[str]:
        return [str(e["user"]["id"]) for e in self._plain().entities]

    def _markup(self) -> dict[str, Any]:
        markup = self.raw.get("reply_markup") or {}
        return json.loads(markup) if isinstance(markup, str) else markup

    @property
    def buttons(self) -> list[tuple[str, str]]:
        rows = self._markup().get("inline_keyboard", [])
        return [(b["text"], b["callback_data"]) for row in rows for b in row]

    @property
    def force_reply(self) -> bool:
        return bool(self._markup().get("force_reply"))

    @property
    def selective(self) -> bool:
        return bool(self._markup().get("selective"))

    @property
    def replies_to(self) -> int | None:
        params = self.raw.get("reply_parameters")
        params = json.loads(params) if isinstance(params, str) else params
        return int(params["message_id"]) if params else None

    @property
    def since_update(self) -> float | None:
        """Seconds from the bot's latest user update reaching the emulator to this message reaching it."""
        micros = self.raw.get("since_update_us")
        return None if micros is None else micros / 1e6

    @property
    def parse_mode(self) -> str | None:
        return self.raw.get("parse_mode")

    @property
    def file_kind(self) -> str | None:
        return "photo" if "photo" in self.raw and self.raw["photo"] else (
            "document" if self.raw.get("document") else None
        )

    def as_delivered(self, chat: dict[str, Any]) -> dict[str, Any]:
        """The message as Telegram embeds it in reply_to_message / callback_query.message."""
        plain = self._plain()
        body: dict[str, Any] = {
            "message_id": self.message_id, "date": int(time.time()), "chat": chat,
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Backcoach", "username": BOT_USERNAME},
            "text": plain.text,
        }
        if plain.entities:
            body["entities"] = plain.entities
        return body

    @property
    def payloads(self) -> list[str]:
        """What each button stands for, without the question revision the bot adds to its data."""
        return [payload_of(data) for _label, data in self.buttons]

    def button(self, label_or_payload: str) -> str:
        for label, data in self.buttons:
            if label_or_payload in (label, data, payload_of(data)):
                return data
        raise AssertionError(f"no button {label_or_payload!r} in {self.buttons}")


@dataclass
class Person:
    id: int
    name: str

    @property
    def user(self) -> dict[str, Any]:
        return {"id": self.id, "is_bot": False, "first_name": self.name, "username": self.name.lower()}

    @property
    def private_chat(self) -> dict[str, Any]:
        return {"id": self.id, "type": "private", "first_name": self.name}


@dataclass
class Chat:
    """One chat's transcript: everything the bot sent there, read in order."""

    emulator: Emulator
    chat: dict[str, Any]
    messages: list[BotMessage] = field(default_factory=list)
    seen: int = 0

    @property
    def id(self) -> str:
        return str(self.chat["id"])

    async def say(self, who: Person, text: str, reply_to: BotMessage | None = None) -> None:
        message: dict[str, Any] = {"from": who.user, "chat": self.chat, "date": int(time.time()), "text": text}
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split(" ")[0])}]
        if reply_to is not None:
            message["reply_to_message"] = reply_to.as_delivered(self.chat)
        await self.emulator.post("/sendMessage", {"botToken": self.emulator.token, **message})

    async def delete(self, message: BotMessage) -> None:
        """The person deletes the bot's message from the chat."""
        await self.emulator.post("/_compat/delete", {
            "token": self.emulator.token, "chat_id": self.id, "message_id": message.message_id,
        })

    def newest(self, message: BotMessage) -> BotMessage:
        """The latest state read so far of a message the bot may have edited since."""
        return [m for m in self.messages if m.message_id == message.message_id][-1]

    async def press(self, who: Person, message: BotMessage, label_or_payload: str) -> None:
        await self.emulator.post("/sendCallback", {
            "botToken": self.emulator.token, "from": who.user, "data": message.button(label_or_payload),
            "message": message.as_delivered(self.chat), "date": int(time.time()),
        })

    async def _pull(self, timeout: float) -> None:
        found = await self.emulator.post(
            "/_compat/next", {"token": self.emulator.token, "chat_id": self.id, "timeout": int(timeout * 1000)}
        )
        self.messages.extend(BotMessage(raw) for raw in found)

    async def until(self, matches: Callable[[BotMessage], bool], timeout: float = 10.0) -> BotMessage:
        """The next unread message that `matches`; every message read on the way is marked seen."""
        deadline = time.monotonic() + timeout
        while True:
            while self.seen < len(self.messages):
                message = self.messages[self.seen]
                self.seen += 1
                if matches(message):
                    return message
            left = deadline - time.monotonic()
            if left <= 0:
                shown = [m.text for m in self.messages[-5:]]
                raise AssertionError(f"no matching bot message in chat {self.id}; last: {shown}")
            await self._pull(min(left, 5.0))

    async def find(self, matches: Callable[[BotMessage], bool], timeout: float = 10.0) -> BotMessage:
        """Any message so far or still to come that `matches`, read or not (order-free checks)."""
        deadline = time.monotonic() + timeout
        while True:
            for message in self.messages:
                if matches(message):
                    return message
            if time.monotonic() > deadline:
                raise AssertionError(f"no matching bot message in chat {self.id}")
            await self._pull(max(0.05, min(deadline - time.monotonic(), 5.0)))

    async def next(self, timeout: float = 10.0) -> BotMessage:
        return await self.until(lambda _m: True, timeout)

    async def containing(self, text: str, timeout: float = 10.0) -> BotMessage:
        return await self.until(lambda m: text in m.text, timeout)

    async def rest(self, quiet: float = 0.4) -> list[BotMessage]:
        """Every message still to come, once the bot has been quiet for `quiet` seconds."""
        while True:
            before = len(self.messages)
            await self._pull(quiet)
            if len(self.messages) == before:
                break
        unread = self.messages[self.seen :]
        self.seen = len(self.messages)
        return unread


class Emulator:
    def __init__(self, url: str, token: str, http: httpx.AsyncClient) -> None:
        self.url = url
        self.token = token
        self.http = http

    async def post(self, path: str, body: dict[str, Any]) -> Any:
        response = await self.http.post(self.url + path, json=body, timeout=30)
        response.raise_for_status()
        return response.json().get("result")

    def private(self, who: Person) -> Chat:
        return Chat(self, who.private_chat)

    def group(self, chat_id: int, title: str) -> Chat:
        return Chat(self, {"id": chat_id, "type": "group", "title": title})

    async def fail(self, method: str, *, retry_after: int = 0, status: int = 429, times: int = 1, description: str = "") -> None:
        await self.post("/_compat/fail", {
            "token": self.token, "method": method, "status": status, "retry_after": retry_after, "times": times,
            "description": description,
        })

    async def refuse(self, chat_id: str | int, description: str = "Forbidden: bot can't initiate conversation with a user") -> None:
        await self.post("/_compat/refuse", {"token": self.token, "chat_id": str(chat_id), "description": description})

    async def set_admins(self, chat_id: str | int, people: list[Person]) -> None:
        await self.post("/_compat/admins", {"chat_id": str(chat_id), "users": [p.user for p in people]})

    async def calls(self, method: str | None = None) -> list[dict[str, Any]]:
        calls = await self.post("/_compat/calls", {"token": self.token})
        return [c for c in calls if method is None or c["method"] == method]

    async def toasts(self) -> list[str]:
        """The texts the bot answered button presses with (answerCallbackQuery), in order."""
        return [str(c.get("text") or "") for c in await self.calls("answerCallbackQuery")]

    async def flooded(self) -> list[dict[str, Any]]:
        """The bot's sends that Telegram's flood limits refused with 429."""
        return [c for c in await self.calls() if c.get("status") == 429]

    async def commands(self) -> dict[str, list[dict[str, str]]]:
        return dict(await self.post("/_compat/commands", {"token": self.token}))

    async def redeliver(self, count: int) -> None:
        await self.post("/_compat/redeliver", {"token": self.token, "count": count})


async def eventually(check: Callable[[], Any], timeout: float = 10.0) -> Any:
    """Wait until `check()` is truthy (for effects with no message to wait on)."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if inspect.isawaitable(value):
            value = await value
        if value or time.monotonic() > deadline:
            return value
        await asyncio.sleep(0.05)


def payload_of(data: str) -> str:
    """Callback data without its "~revision" suffix."""
    payload, mark, revision = data.rpartition("~")
    return payload if mark and revision.isdigit() and payload else data


def plain(text: str) -> str:
    return html.unescape(text)
