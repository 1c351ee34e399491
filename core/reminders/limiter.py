"""Platform send caps: a global pace per platform, one message a second per chat, 20 a minute per group."""
from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

# Telegram: ~30 msg/s per bot, 1/s per chat, 20/min per group. Discord: 50 requests/s.
GLOBAL_PER_SECOND = {"telegram": 30.0, "discord": 50.0}
PER_CHAT_SECONDS = 1.0
GROUP_PER_MINUTE = 20


@dataclass
class Limiter:
    """Says how long to wait before the next send; the caller sleeps (so tests need no real time)."""

    monotonic: Callable[[], float]
    per_second: dict[str, float] = field(default_factory=lambda: dict(GLOBAL_PER_SECOND))
    _next_global: dict[str, float] = field(default_factory=dict)
    _next_chat: dict[tuple[str, str], float] = field(default_factory=dict)
    _group_sends: dict[tuple[str, str], deque[float]] = field(default_factory=dict)
    _last_second: dict[str, deque[float]] = field(default_factory=dict)  # the platform's latest `rate` starts

    def wait_for(self, platform: str, chat_id: str, group: bool) -> float:
        now = self.monotonic()
        waits = [self._next_global.get(platform, 0.0) - now, self._next_chat.get((platform, chat_id), 0.0) - now]
        recent = self._last_second.get(platform)
        if recent and len(recent) == recent.maxlen:
            waits.append(recent[0] + 1.0 + 1e-6 - now)  # never `rate` + 1 starts within one second
        sends = self._group_sends.get((platform, chat_id))
        if group and sends and len(sends) >= GROUP_PER_MINUTE:
            waits.append(sends[0] + 60.0 - now)
        return max(0.0, *waits)

    def sent(self, platform: str, chat_id: str, group: bool) -> None:
        now = self.monotonic()
        rate = self.per_second.get(platform)
        if rate:
            # Keep to the grid: a start a little late (event-loop jitter) does not push every later one
            # back, which cost 3 % of the cap; the one-second window above keeps the catch-up legal.
            slot = self._next_global.get(platform, 0.0)
            start = slot if slot > now - 1.0 / rate else now
            self._next_global[platform] = start + 1.0 / rate
            self._last_second.setdefault(platform, deque(maxlen=max(1, int(rate)))).append(now)
        self._next_chat[(platform, chat_id)] = now + PER_CHAT_SECONDS
        if group:
            sends = self._group_sends.setdefault((platform, chat_id), deque())
            sends.append(now)
            while len(sends) > GROUP_PER_MINUTE:
                sends.popleft()
        if len(self._next_chat) > 10_000:
            # Keep memory flat over a long run: entries in the past no longer matter.
            self._next_chat = {k: v for k, v in self._next_chat.items() if v > now}

    def back_off(self, platform: str, seconds: float) -> None:
        """A 429 said wait: nobody on this platform sends before then."""
        self._next_global[platform] = max(self._next_global.get(platform, 0.0), self.monotonic() + seconds)
