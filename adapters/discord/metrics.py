"""Where the Discord adapter reports what it sent and each 429 (bot.metrics.PrometheusMetrics fits)."""
from __future__ import annotations

from typing import Protocol

import discord


class DiscordMetrics(Protocol):
    def reply_sent(self, platform: str, kind: str = "new") -> None: ...

    def platform_rate_limited(self, platform: str) -> None: ...


class NoDiscordMetrics:
    """The default sink: a bot built without metrics (tests, the benchmark) counts nothing."""

    def reply_sent(self, platform: str, kind: str = "new") -> None:
        return None

    def platform_rate_limited(self, platform: str) -> None:
        return None


def is_rate_limit(error: BaseException) -> bool:
    """A 429 that reached us: discord.py waits out short ones itself and raises only those it would not."""
    if isinstance(error, discord.RateLimited):
        return True
    return isinstance(error, discord.HTTPException) and error.status == 429
