"""Showing a person their update was heard, without delaying the reply itself."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Bot, CallbackQuery
from telegram.constants import ChatAction

log = logging.getLogger(__name__)

# Longer than the coach's usual answer (a few ms), short enough that nobody waits in silence.
SLOW_AFTER_SECONDS = 0.5


class Receipt:
    """The pressed button's spinner, and "typing…" while a slow reply is being prepared.

    A quick reply needs neither: the reply shows the person was heard. So a press is
    answered right after the first reply goes out, not before it, where it would be a second
    request competing with the reply on its way. Only when the coach is slow (a chart, a
    busy database) is the press answered at `slow_after` and "typing…" shown. Typing is for
    private chats only: in a group every request counts against the group's 20 messages a
    minute, which the replies need.

    `on_reply` runs once, at the first reply or when handling ends without one.
    """

    def __init__(
        self,
        bot: Bot,
        query: CallbackQuery | None,
        private_chat: int | None,
        slow_after: float,
        on_reply: Callable[[], None],
    ) -> None:
        self._bot = bot
        self._query = query
        self._private_chat = private_chat
        self._on_reply: Callable[[], None] | None = on_reply
        self._sending: list[asyncio.Task[Any]] = []
        self._timer = asyncio.get_running_loop().call_later(slow_after, self._slow)

    def _start(self, request: Coroutine[Any, Any, Any]) -> None:
        self._sending.append(asyncio.create_task(request))

    def _stop_spinner(self) -> None:
        if self._query is not None:
            self._start(self._query.answer())
            self._query = None

    def _slow(self) -> None:
        self._stop_spinner()
        if self._private_chat is not None:
            self._start(self._bot.send_chat_action(self._private_chat, ChatAction.TYPING))

    def toast(self, text: str) -> None:
        """Answer the press with a short notice (Telegram shows at most 200 characters)."""
        if self._query is not None:
            self._start(self._query.answer(text[:200]))
            self._query = None
        self.replied()

    @property
    def pressed(self) -> bool:
        """A button press still waiting for its answer."""
        return self._query is not None

    def replied(self) -> None:
        """A reply is out: stop the spinner now, in parallel with whatever follows."""
        self._timer.cancel()
        self._stop_spinner()
        if self._on_reply is not None:
            on_reply, self._on_reply = self._on_reply, None
            on_reply()

    async def close(self) -> None:
        """Handling is over: the spinner stops even when nothing was sent; requests are awaited."""
        self.replied()
        for task in self._sending:
            try:
                await task
            except Exception:  # an old query cannot be answered any more; typing is a nicety
                log.debug("telegram: receipt not delivered", exc_info=True)
