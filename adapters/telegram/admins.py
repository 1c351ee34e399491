"""Who may change a group's settings on Telegram: the chat's administrators, looked up and kept briefly."""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence

from telegram import Bot
from telegram.error import TelegramError

from core.commands import COMMANDS, CommandInfo

log = logging.getLogger(__name__)

# Long enough that a busy group costs one lookup a minute; short enough that a newly promoted
# (or demoted) admin is recognised within a minute.
ADMIN_CACHE_SECONDS = 60.0


def changes_group_settings(name: str, argument: str, commands: Sequence[CommandInfo] | None = None) -> bool:
    """Whether the core will ask if the sender is a chat admin (commands marked admin-only)."""
    for info in commands if commands is not None else COMMANDS:
        if info.name == name:
            return info.admin_only
    return False


class ChatAdmins:
    def __init__(self, bot: Bot, ttl: float = ADMIN_CACHE_SECONDS, clock: Callable[[], float] = time.monotonic) -> None:
        self._bot = bot
        self._ttl = ttl
        self._clock = clock
        self._known: dict[str, tuple[float, frozenset[str]]] = {}

    async def has(self, chat_id: str, user_id: str) -> bool:
        expires, admins = self._known.get(chat_id, (0.0, frozenset()))
        if expires <= self._clock():
            try:
                members = await self._bot.get_chat_administrators(chat_id)
            except TelegramError as error:
                # Not knowing is not permission: the core answers "admins only", and the next try asks again.
                log.warning("telegram: could not read the admins of %s (%s)", chat_id, error)
                return False
            admins = frozenset(str(m.user.id) for m in members)
            self._known[chat_id] = (self._clock() + self._ttl, admins)
        return user_id in admins
