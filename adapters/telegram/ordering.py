"""Updates run concurrently across people and in order for each person."""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


class PerSenderOrder(BaseUpdateProcessor):
    """Three members training in one group are answered side by side; one person's
    messages are still handled in the order they were sent (a double tap stays a double
    tap, in order). The core serialises per user as well; this only keeps order."""

    def __init__(self, max_concurrent_updates: int = 64) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        user = update.effective_user if isinstance(update, Update) else None
        if user is None:
            await coroutine
            return
        lock = self._locks.setdefault(user.id, asyncio.Lock())
        try:
            async with lock:
                await coroutine
        finally:
            if not lock.locked() and not getattr(lock, "_waiters", None):
                self._locks.pop(user.id, None)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
