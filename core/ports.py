"""Ports: what the coach needs from the outside world, as Protocols the adapters implement."""
from __future__ import annotations

from datetime import datetime
from typing import Protocol

from core.messages import Outgoing


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, aware, in UTC."""
        ...


class Messenger(Protocol):
    """Pushes a message nobody asked for right now (reminders, check-ins, boards).

    Raises RecipientUnreachable (blocked / closed DMs), RateLimited (wait and retry)
    or DeliveryFailed (transient). Returns the platform's message id when it has one.
    """

    async def send(self, message: Outgoing) -> str | None: ...
