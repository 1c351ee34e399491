"""What the coach counts for operators: a port, so the core never imports a metrics library.

Counts only: never who, never what they said.
"""
from __future__ import annotations

from typing import Protocol


class Metrics(Protocol):
    def message_handled(self, platform: str, outcome: str, seconds: float) -> None:
        """One incoming message: outcome is "ok", "refused" (bad input), "duplicate" or "error"."""

    def safety_event(self, tier: str) -> None:
        """A warning sign was escalated at this tier ("emergency", "urgent", "provider")."""


class PlatformMetrics(Protocol):
    """What a platform adapter counts: what it sent, and how the platform's rate limits answered."""

    def reply_sent(self, platform: str, kind: str = "new") -> None:
        """One request that reached the person: kind is "new" (a message), "edit" or "toast"."""

    def platform_rate_limited(self, platform: str) -> None:
        """The platform answered 429 (too many requests)."""

    def send_retried(self, platform: str) -> None:
        """A request was tried again after a 429."""


class NoMetrics:
    """The default: counts nothing (tests, the console)."""

    def message_handled(self, platform: str, outcome: str, seconds: float) -> None:
        return None

    def safety_event(self, tier: str) -> None:
        return None
