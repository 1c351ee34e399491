"""What both sides of the reminders benchmark share: memory readings, the ready signal, a capped messenger."""
from __future__ import annotations

import asyncio
import json
import resource
import sys
import time
from collections import deque

from core.errors import RateLimited
from core.messages import Outgoing

READY = "READY "  # a child prints this, then one JSON object, the moment it is ready


def rss_mb() -> float:
    """Resident memory right now (VmRSS)."""
    return _status_kb("VmRSS") / 1024


def peak_rss_mb() -> float:
    """The high-water mark of resident memory since the process started (VmHWM, or ru_maxrss)."""
    hwm = _status_kb("VmHWM")
    return (hwm or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024


def _status_kb(field: str) -> int:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def report(prefix: str, figures: dict[str, object]) -> None:
    print(prefix + json.dumps(figures), flush=True)


class CappedMessenger:
    """A fake platform that enforces its cap: a send that would make more than `cap` in any one-second
    window is refused with a 429 (RateLimited), as Telegram does. It records every accepted send."""

    def __init__(self, cap: int, latency: float = 0.0) -> None:
        self.cap = cap
        self.latency = latency
        self.window: deque[float] = deque()
        self.sent_at: list[float] = []
        self.refused = 0
        self.busiest_second = 0

    async def send(self, message: Outgoing) -> str | None:
        now = time.monotonic()  # counted as the request is made; the round trip follows
        while self.window and self.window[0] <= now - 1.0:
            self.window.popleft()
        if len(self.window) >= self.cap:
            self.refused += 1
            raise RateLimited(1.0)
        self.window.append(now)
        self.busiest_second = max(self.busiest_second, len(self.window))
        self.sent_at.append(now)
        if self.latency:
            await asyncio.sleep(self.latency)  # the platform's round trip
        return str(len(self.sent_at))


def fail(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
    raise SystemExit(1)
